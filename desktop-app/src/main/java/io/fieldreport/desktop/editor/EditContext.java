package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.background.Delay;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What every comment of the open inspection shares: where edits go, how long the autosave pause is,
 * where failures are reported, and whom to tell after a write (the outline's counts, the status bar).
 */
record EditContext(SyncClient client, TaskRunner runner, Delay delay, Duration autosavePause,
                   UUID inspectionId, NotificationCenter notices, Runnable afterWrite) {

    /** Reads a comment's live photos with where their bytes are; runs in the background. */
    List<PhotoRow> readPhotos(UUID commentId) {
        return client.photos(inspectionId, commentId, false).stream().map(this::row).toList();
    }

    private PhotoRow row(PhotoRecord p) {
        return new PhotoRow(p.id(), p.caption().value(), client.photoFile(p).orElse(null),
                p.content().value().sha256(), p.content().value().size());
    }
}
