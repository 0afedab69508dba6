package io.fieldreport.sync.transport;

/** Told how many bytes of a photo moved since the last call, as they move. */
@FunctionalInterface
public interface ByteProgress {

    ByteProgress NONE = bytes -> { };

    void transferred(long bytes);
}
