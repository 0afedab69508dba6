package io.fieldreport.sync.protocol;

import com.google.gson.annotations.SerializedName;

/** Where an inspection stands on the web. Once published, the web accepts no more changes to it. */
public enum InspectionStatus {
    @SerializedName("scheduled") SCHEDULED,
    @SerializedName("in_progress") IN_PROGRESS,
    @SerializedName("published") PUBLISHED
}
