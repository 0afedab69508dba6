package io.fieldreport.desktop.syncstatus;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncProgress;
import java.util.Locale;

/** A running operation's progress in words: "37 of 200 photos", "12.3 MB of 64.0 MB". */
public final class ProgressWords {

    private ProgressWords() {
    }

    public static String items(SyncProgress p) {
        String noun = switch (p.phase()) {
            case UPLOADING_PHOTOS, DOWNLOADING_PHOTOS -> "photos";
            case PUSHING, PULLING -> "changes";
            case VERIFYING -> "records";
            default -> "";
        };
        if (noun.isEmpty() || p.itemsTotal() == 0 && p.itemsDone() == 0) {
            return "";
        }
        if (p.itemsTotal() == 1 || p.itemsTotal() < 0 && p.itemsDone() == 1) {
            noun = noun.substring(0, noun.length() - 1);
        }
        return p.itemsTotal() < 0 ? p.itemsDone() + " " + noun
                : p.itemsDone() + " of " + p.itemsTotal() + " " + noun;
    }

    public static String bytes(SyncProgress p) {
        if (p.bytesTotal() <= 0 && p.bytesDone() <= 0) {
            return "";
        }
        return p.bytesTotal() > 0 ? size(p.bytesDone()) + " of " + size(p.bytesTotal()) : size(p.bytesDone());
    }

    /** The phase, with the operation when it says more ("Sync: Uploading photos"). */
    public static String phase(SyncProgress p) {
        return p.phase() == Phase.DONE ? p.operation().label() + " finished"
                : p.operation().label() + ": " + p.phase().label();
    }

    /** "3 changes and 1 photo not on the web yet", or "Everything is on the web". */
    public static String pending(int changes, int photos) {
        if (changes == 0 && photos == 0) {
            return "Everything is on the web";
        }
        StringBuilder s = new StringBuilder();
        if (changes > 0) {
            s.append(changes).append(changes == 1 ? " change" : " changes");
        }
        if (photos > 0) {
            s.append(s.length() > 0 ? " and " : "").append(photos).append(photos == 1 ? " photo" : " photos");
        }
        return s.append(" not on the web yet").toString();
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.0f KB", kb);
        }
        double mb = kb / 1024.0;
        if (mb < 1024) {
            return String.format(Locale.ROOT, "%.1f MB", mb);
        }
        return String.format(Locale.ROOT, "%.2f GB", mb / 1024.0);
    }
}
