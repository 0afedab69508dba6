package io.fieldreport.sync;

/** The operations a laptop runs against the web. */
public enum Operation {
    SAVE("Save"), SYNC("Sync"), FORCE_SYNC("Force Sync All Data"), VERIFY("Verify"), INITIAL_SYNC("Download");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
