package io.fieldreport.desktop.editor;

import io.fieldreport.sync.protocol.CommentRecord;
import java.util.List;

/** A comment and its photos as read from the laptop's store, in the background. */
record CommentData(CommentRecord comment, List<PhotoRow> photos) {

    CommentData {
        photos = List.copyOf(photos);
    }
}
