package org.hardshipbinder.cli;

/** The exit codes of the command-line contract. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int CANNOT_RUN = 2;
    public static final int FINISHED_WITH_PROBLEMS = 3;

    private ExitCodes() {
    }
}
