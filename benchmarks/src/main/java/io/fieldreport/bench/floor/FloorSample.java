package io.fieldreport.bench.floor;

/**
 * One repetition of the physical floor, in milliseconds: curl sending the bytes to a trivial
 * endpoint, curl fetching them back, and writing them durably to disk, one file after another (the
 * floor as issue 4 defines it) and with as many files at once as the sync client moves photos.
 */
public record FloorSample(double curlUpload, double curlDownload, double durableWriteOneByOne,
                          double durableWriteAtOnce) {

    /** The faster of the two ways to write the bytes durably. */
    public double durableWrite() {
        return Math.min(durableWriteOneByOne, durableWriteAtOnce);
    }

    /** The upload floor: the bytes crossed loopback once and were written durably once (at the web), one file after another. */
    public double upload() {
        return curlUpload + durableWriteOneByOne;
    }

    /** The download floor: the bytes crossed loopback once and were written durably once (on the laptop), one file after another. */
    public double download() {
        return curlDownload + durableWriteOneByOne;
    }

    /** The upload floor with the faster durable write: stricter, where the disk serves several syncs at once faster. */
    public double uploadAtBest() {
        return curlUpload + durableWrite();
    }

    /** The download floor with the faster durable write. */
    public double downloadAtBest() {
        return curlDownload + durableWrite();
    }
}
