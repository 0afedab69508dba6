package io.fieldreport.sync.protocol;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** How serious a comment's finding is, from the residential report's four levels. */
public enum Rating {
    @SerializedName("satisfactory") SATISFACTORY("Satisfactory"),
    @SerializedName("maintenance") MAINTENANCE("Maintenance"),
    @SerializedName("defect") DEFECT("Defect"),
    @SerializedName("safety") SAFETY("Safety");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The wire name, also used in the local database and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name or a label, ignoring case; the error lists what is accepted. */
    public static Rating parse(String text) {
        for (Rating r : values()) {
            if (r.name().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "unknown rating '" + text + "': use satisfactory, maintenance, defect or safety");
    }
}
