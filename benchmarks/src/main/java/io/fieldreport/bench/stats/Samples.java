package io.fieldreport.bench.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Repeated measurements of one quantity, in the order taken. The median is what the report compares:
 * on a shared machine one slow repetition moves the mean but not the median.
 */
public record Samples(List<Double> values) {

    public Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        values = List.copyOf(values);
    }

    public static Samples of(double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return new Samples(list);
    }

    public double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return sorted().get(0);
    }

    public double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    public int count() {
        return values.size();
    }

    /** Element-wise sum with samples taken in the same repetitions (a floor made of two parts). */
    public Samples plus(Samples other) {
        if (other.count() != count()) {
            throw new IllegalArgumentException("different numbers of samples: " + count() + " and " + other.count());
        }
        List<Double> out = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            out.add(values.get(i) + other.values.get(i));
        }
        return new Samples(out);
    }

    /** Element-wise ratio with samples taken in the same repetitions. */
    public Samples over(Samples other) {
        if (other.count() != count()) {
            throw new IllegalArgumentException("different numbers of samples: " + count() + " and " + other.count());
        }
        List<Double> out = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            out.add(values.get(i) / other.values.get(i));
        }
        return new Samples(out);
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted;
    }
}
