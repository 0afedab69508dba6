package io.fieldreport.bench.stats;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an operation's time goes, from the phases it reports to its listener: the time from one
 * phase change to the next is billed to the phase it left. Time before the first report (waiting
 * for the profile's gate) counts as STARTING; time after DONE (the result's bookkeeping) as DONE.
 * Create one right before the operation and call {@link #stop()} right after it returns.
 */
public final class PhaseTimer implements SyncListener {

    private final EnumMap<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private Phase current = Phase.STARTING;
    private long since = System.nanoTime();

    @Override
    public synchronized void progress(SyncProgress progress) {
        if (progress.phase() != current) {
            long now = System.nanoTime();
            nanos.merge(current, now - since, Long::sum);
            current = progress.phase();
            since = now;
        }
    }

    /** @return milliseconds per phase, in the order of {@link Phase} */
    public synchronized Map<Phase, Double> stop() {
        long now = System.nanoTime();
        nanos.merge(current, now - since, Long::sum);
        current = Phase.DONE;
        since = now;
        Map<Phase, Double> out = new LinkedHashMap<>();
        nanos.forEach((phase, n) -> out.put(phase, n / 1e6));
        return out;
    }

    /** Per phase, the median over several runs of the same operation (0 where a run skipped it). */
    public static Map<Phase, Samples> medians(List<Map<Phase, Double>> runs) {
        Map<Phase, Samples> out = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            if (runs.stream().anyMatch(r -> r.containsKey(phase))) {
                out.put(phase, new Samples(runs.stream().map(r -> r.getOrDefault(phase, 0.0)).toList()));
            }
        }
        return out;
    }
}
