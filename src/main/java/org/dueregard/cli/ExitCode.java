package org.dueregard.cli;

/** What the process exit status means, for scripts and CI. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** The user's site has problems (content, data, config); the messages say what to fix. */
    public static final int PROBLEMS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A bug in dueregard, or the machine failed (disk full, no permission). */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
