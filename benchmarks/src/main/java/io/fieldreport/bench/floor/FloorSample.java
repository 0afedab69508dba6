package io.fieldreport.bench.floor;

/**
 * One repetition of the physical floor, in milliseconds: curl sending the bytes to a trivial
 * endpoint, curl fetching them back, and writing them durably to disk, one file after another and
 * with as many files at once as the sync client moves photos. The floor takes the faster write.
 */
public record FloorSample(double curlUpload, double curlDownload, double durableWriteOneByOne,
                          double durableWriteAtOnce) {

    /** The faster of the two ways to write the bytes durably. */
    public double durableWrite() {
        return Math.min(durableWriteOneByOne, durableWriteAtOnce);
    }

    /** The upload floor: the bytes crossed loopback once and were written durably once (at the web). */
    public double upload() {
        return curlUpload + durableWrite();
    }

    /** The download floor: the bytes crossed loopback once and were written durably once (on the laptop). */
    public double download() {
        return curlDownload + durableWrite();
    }
}
