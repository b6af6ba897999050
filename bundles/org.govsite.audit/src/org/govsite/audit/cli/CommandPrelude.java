package org.govsite.audit.cli;

import java.io.PrintStream;
import java.util.function.Predicate;

/**
 * What every {@code govsite} command does first: parse its options; a {@link UsageException} is printed to standard
 * error with a hint to {@code --help} (exit {@link #USAGE}, nothing read), {@code --help} prints the usage to
 * standard output (exit {@link #OK}); otherwise the command runs with the options.
 *
 * @param <T> the command's options
 */
public final class CommandPrelude<T> {
    /** Exit code: done, nothing wrong. */
    public static final int OK = 0;
    /** Exit code: bad usage, nothing read. */
    public static final int USAGE = 2;

    /** Parses a command's options. */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * @return the options
         * @throws UsageException if they are wrong
         */
        T parse() throws UsageException;
    }

    private final T options;
    private final int exit;

    private CommandPrelude(T options, int exit) {
        this.options = options;
        this.exit = exit;
    }

    /**
     * @param parser parses the options
     * @param help whether the options ask for the help
     * @param usage the help text
     * @param hint the line printed after a usage error
     * @param out receives the help
     * @param err receives a usage error and the hint
     * @return the options to run with, or the exit code the command answers with
     */
    public static <T> CommandPrelude<T> parse(Parser<T> parser, Predicate<T> help, String usage, String hint,
            PrintStream out, PrintStream err) {
        T options;
        try {
            options = parser.parse();
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(hint);
            return new CommandPrelude<>(null, USAGE);
        }
        if (help.test(options)) {
            out.println(usage);
            return new CommandPrelude<>(null, OK);
        }
        return new CommandPrelude<>(options, OK);
    }

    /** @return whether the command is done (help shown or bad usage): it returns {@link #exit()} */
    public boolean done() {
        return options == null;
    }

    /** @return the exit code when {@link #done()} */
    public int exit() {
        return exit;
    }

    /** @return the options when not {@link #done()} */
    public T options() {
        return options;
    }
}
