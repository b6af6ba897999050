package org.govsite.report.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.govsite.report.cli}: runs {@link ReportCommand} with the application arguments and
 * returns its exit code ({@code govsite report ...}).
 */
public final class ReportApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Integer.valueOf(new ReportCommand().run(args == null ? List.of() : List.of(args), System.out, System.err));
    }

    @Override
    public void stop() {
        // the command runs to its end; the launcher waits for it
    }
}
