package io.fieldreport.sync;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What an operation did. {@code pulled} counts the comments and photos received from the web that
 * changed something on this laptop (the laptop's own changes coming back do not count).
 * {@code problems} lists inspections that could not be pushed (for example,
 * access lost) while the rest went on; {@code pendingAfter} is what is still not on the web.
 */
public record SyncResult(Operation operation, UUID inspectionId,
                         int changesSent, int applied, int superseded, int rejected,
                         int pulled, int photosUploaded, int photosDownloaded,
                         long bytesUploaded, long bytesDownloaded,
                         int newConflicts, VerifyReport verify, int pendingAfter,
                         List<String> problems, Duration duration) {

    public SyncResult {
        problems = List.copyOf(problems);
    }

    /** One sentence for a notification or the command line. */
    public String summary() {
        StringBuilder s = new StringBuilder(operation.label()).append(" finished: ");
        s.append(changesSent).append(changesSent == 1 ? " change" : " changes").append(" sent");
        if (photosUploaded > 0) {
            s.append(", ").append(photosUploaded).append(photosUploaded == 1 ? " photo" : " photos").append(" uploaded");
        }
        if (operation != Operation.SAVE) {
            s.append(", ").append(pulled).append(" received");
            if (photosDownloaded > 0) {
                s.append(", ").append(photosDownloaded).append(photosDownloaded == 1 ? " photo" : " photos")
                        .append(" downloaded");
            }
        }
        if (newConflicts > 0) {
            s.append(", ").append(newConflicts).append(newConflicts == 1 ? " conflict" : " conflicts").append(" to review");
        }
        if (rejected > 0) {
            s.append(", ").append(rejected).append(" rejected by the web");
        }
        if (verify != null) {
            s.append(!verify.matched() ? "; verify found " + verify.differences().size() + " differences"
                    : verify.pending().isEmpty() ? "; the web has everything"
                    : "; the web has everything sent (" + verify.pending().size() + " edited meanwhile, not sent yet)");
        }
        if (pendingAfter > 0) {
            s.append("; ").append(pendingAfter).append(" still to send");
        }
        return s.append('.').toString();
    }
}
