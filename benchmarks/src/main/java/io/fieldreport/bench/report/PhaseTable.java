package io.fieldreport.bench.report;

import io.fieldreport.bench.stats.PhaseTimer;
import io.fieldreport.bench.stats.Samples;
import io.fieldreport.sync.Phase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the time goes: one column per operation, one row per phase, medians over the repetitions. */
public final class PhaseTable {

    private final Map<String, Map<Phase, Samples>> columns = new LinkedHashMap<>();

    public PhaseTable column(String operation, List<Map<Phase, Double>> runs) {
        columns.put(operation, PhaseTimer.medians(runs));
        return this;
    }

    public Table table() {
        List<String> header = new ArrayList<>();
        header.add("phase (median ms)");
        header.addAll(columns.keySet());
        Table t = new Table(header.toArray(String[]::new));
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        columns.values().forEach(c -> phases.addAll(c.keySet()));
        for (Phase p : phases) {
            List<String> row = new ArrayList<>();
            row.add(label(p));
            for (Map<Phase, Samples> c : columns.values()) {
                row.add(c.containsKey(p) ? Fmt.millis(c.get(p).median()) : "–");
            }
            t.row(row.toArray(String[]::new));
        }
        return t;
    }

    private static String label(Phase p) {
        return switch (p) {
            case STARTING -> "starting (profile gate, before the first phase)";
            case DONE -> "after done (bookkeeping of the result)";
            default -> p.label().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
