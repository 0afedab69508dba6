package io.fieldreport.cli;

/** The command line's exit codes, documented in docs/QA.md. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int LOCK_HELD = 3;
    static final int NETWORK = 4;
    static final int VERIFY_DIFFERS = 5;
    static final int REFUSED = 6;

    private ExitCodes() {
    }
}
