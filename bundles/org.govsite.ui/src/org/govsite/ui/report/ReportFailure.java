package org.govsite.ui.report;

/** A failure of an annual-report job, its message in the workbench's language (shown as it is). */
final class ReportFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportFailure(String message, Throwable cause) {
        super(message, cause);
    }

    ReportFailure(String message) {
        super(message);
    }
}
