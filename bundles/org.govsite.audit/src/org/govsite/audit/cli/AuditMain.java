package org.govsite.audit.cli;

import java.util.List;

/**
 * {@code govsite audit} without the OSGi framework: the product's {@code govsite} script runs this class on a flat
 * class path of the product's plugins, so that the command starts in a fraction of the Equinox launch and its classes
 * can be kept in the JVM's ahead-of-time cache (docs/audit.md, "Command line"). The exit code is
 * {@link AuditCommand}'s.
 */
public final class AuditMain {
    private AuditMain() {
    }

    public static void main(String[] args) {
        System.exit(new AuditCommand().run(List.of(args), System.out, System.err));
    }
}
