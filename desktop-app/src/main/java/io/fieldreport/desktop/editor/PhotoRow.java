package io.fieldreport.desktop.editor;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A photo on a comment as the editor shows it. {@code file} is null while its bytes are not on this
 * laptop yet (the next Sync downloads them); {@code sha256} names the bytes, for the thumbnail cache.
 */
public record PhotoRow(UUID id, String caption, Path file, String sha256, long size) {

    public boolean onLaptop() {
        return file != null;
    }
}
