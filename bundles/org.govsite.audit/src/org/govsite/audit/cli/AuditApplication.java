package org.govsite.audit.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.govsite.audit.cli}: runs {@link AuditCommand} with the application arguments
 * and returns its exit code, which the launcher makes the process's exit code ({@code govsite audit ...}).
 */
public final class AuditApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Integer.valueOf(new AuditCommand().run(args == null ? List.of() : List.of(args), System.out, System.err));
    }

    @Override
    public void stop() {
        // the command runs to its end; the launcher waits for it
    }
}
