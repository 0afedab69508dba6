package io.fieldreport.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark mains' arguments: {@code --out=DIR} for results and scratch files,
 * {@code --scenarios=all} or a comma list of {@code bulk,steady,memory}, and {@code --quick} for a
 * small version of every scenario (to try the harness, not to report).
 */
record BenchArgs(Path out, Set<String> scenarios, boolean quick) {

    static final Set<String> KNOWN = Set.of("bulk", "steady", "memory");

    static BenchArgs parse(String[] args) {
        Path out = Path.of("target", "bench");
        Set<String> scenarios = KNOWN;
        boolean quick = false;
        for (String arg : args) {
            if (arg.isBlank()) {
                continue; // an unset -Dbench.extra arrives as an empty argument
            }
            if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--scenarios=")) {
                String list = arg.substring("--scenarios=".length()).trim();
                scenarios = list.equals("all") ? KNOWN : Arrays.stream(list.split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
                for (String s : scenarios) {
                    if (!KNOWN.contains(s)) {
                        throw new IllegalArgumentException("unknown scenario '" + s + "'; known: all, " + KNOWN);
                    }
                }
            } else if (arg.equals("--quick")) {
                quick = true;
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg
                        + "'; use --out=DIR, --scenarios=all|bulk,steady,memory, --quick");
            }
        }
        return new BenchArgs(out.toAbsolutePath(), scenarios, quick);
    }

    boolean wants(String scenario) {
        return scenarios.contains(scenario);
    }
}
