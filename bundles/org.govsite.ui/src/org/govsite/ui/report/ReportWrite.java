package org.govsite.ui.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.report.AnnualReport;
import org.govsite.report.ReportTexts;
import org.govsite.report.xlsx.ProvinceWorkbook;
import org.govsite.report.xlsx.SiteWorkbook;
import org.govsite.store.interchange.AtomicFile;
import org.govsite.store.interchange.InterchangeException;
import org.govsite.ui.Messages;

/**
 * Job bodies writing the annual report's workbooks: a site's XLSX ({@link SiteWorkbook}) and the province workbook
 * ({@link ProvinceWorkbook}), each to a temporary file moved onto the target when complete (a failure or a cancel
 * leaves no partial file).
 */
final class ReportWrite {

    private ReportWrite() {
    }

    /** @throws ReportFailure naming the file when it cannot be written */
    static Path site(AnnualReport report, ReportTexts texts, Path file, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.AnnualReport_exportSite, 1);
        write(file, out -> SiteWorkbook.write(report, texts, out));
        progress.worked(1);
        return file;
    }

    /** @throws ReportFailure naming the file when it cannot be written */
    static Path province(List<AnnualReport> reports, ReportTexts texts, Path file, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.AnnualReport_exportProvince, 1);
        progress.checkCanceled();
        write(file, out -> ProvinceWorkbook.write(reports, texts, out));
        progress.worked(1);
        return file;
    }

    /** @return the site's XLSX in memory (to publish) */
    static byte[] bytes(AnnualReport report, ReportTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SiteWorkbook.write(report, texts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Path file, AtomicFile.Writer writer) {
        try {
            AtomicFile.write(file, writer);
        } catch (InterchangeException e) {
            throw new ReportFailure(e.getMessage(), e);
        }
    }
}
