package io.fieldreport.bench.memory;

/**
 * The heap during one operation, in bytes. {@code sampledMaxUsed} is the most the heap held at once
 * (live objects plus garbage not yet collected: it grows until a collection, so it says little on
 * its own); {@code maxAfterGc} is the most still in use right after a collection, the best measure
 * of what the operation really keeps; {@code collections} counts the collections seen.
 */
public record HeapPeak(long sampledMaxUsed, long maxAfterGc, int collections, long heapLimit) {

    public HeapPeak max(HeapPeak other) {
        return new HeapPeak(Math.max(sampledMaxUsed, other.sampledMaxUsed), Math.max(maxAfterGc, other.maxAfterGc),
                Math.max(collections, other.collections), Math.max(heapLimit, other.heapLimit));
    }
}
