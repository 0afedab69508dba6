package io.fieldreport.sync;

/** Where a running operation stands. */
public enum Phase {
    STARTING("Starting"),
    WAITING_FOR_LAPTOP("Waiting for another sync on this laptop"),
    WAITING_FOR_LOCK("Waiting for the sync lock"),
    LOCKING("Taking the sync lock"),
    PREPARING("Preparing everything to send again"),
    UPLOADING_PHOTOS("Uploading photos"),
    PUSHING("Sending changes"),
    PULLING("Receiving changes"),
    DOWNLOADING_PHOTOS("Downloading photos"),
    VERIFYING("Checking that the web has everything"),
    RETRYING("Connection trouble, trying again"),
    DONE("Done");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
