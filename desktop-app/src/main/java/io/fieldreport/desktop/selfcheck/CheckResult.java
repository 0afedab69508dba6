package io.fieldreport.desktop.selfcheck;

/**
 * What one part of the self-check found.
 *
 * @param what   the part checked, one word ("profile", "javafx")
 * @param passed whether it works
 * @param detail what was found, in words a support call can read out
 */
public record CheckResult(String what, boolean passed, String detail) {

    public static CheckResult passed(String what, String detail) {
        return new CheckResult(what, true, detail);
    }

    public static CheckResult failed(String what, String detail) {
        return new CheckResult(what, false, detail);
    }
}
