package io.fieldreport.sync.protocol;

import com.google.gson.annotations.SerializedName;

/** What the web did with one change of a push. */
public enum ChangeOutcome {
    /** Every field of the change is now what the web holds (or already was: a replay). */
    @SerializedName("applied") APPLIED,
    /** At least one field lost to a newer edit; the result carries the web's winning version. */
    @SerializedName("superseded") SUPERSEDED,
    /** Nothing of the change was applied; the reason says why and whether a retry can help. */
    @SerializedName("rejected") REJECTED
}
