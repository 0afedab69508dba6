package io.fieldreport.desktop.selfcheck;

/** One part of {@code --self-check}. Expected failures come back as a failed result, not thrown. */
@FunctionalInterface
public interface Check {

    CheckResult run();
}
