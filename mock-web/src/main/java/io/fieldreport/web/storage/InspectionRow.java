package io.fieldreport.web.storage;

import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;

/**
 * An inspection as the web stores it: the wire header plus the last change sequence number and, once
 * published, when and by whom.
 */
public record InspectionRow(InspectionRecord record, long changeSeq, Long publishedAt, String publishedBy) {

    public boolean isPublished() {
        return record.status() == InspectionStatus.PUBLISHED;
    }
}
