package io.fieldreport.desktop.selfcheck;

/** One part of {@code --self-check}. Expected failures come back as a failed result, not thrown. */
public interface Check {

    /** The part checked, one word ("profile", "javafx"): what the line says if {@link #run} throws. */
    String what();

    CheckResult run();
}
