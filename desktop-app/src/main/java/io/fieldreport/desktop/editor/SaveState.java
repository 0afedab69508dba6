package io.fieldreport.desktop.editor;

/** Where a comment's latest edit stands, for the small indicator on its card. */
public enum SaveState {
    SAVED("Saved on this laptop"),
    PENDING("Editing…"),
    SAVING("Saving…"),
    FAILED("Not saved");

    private final String words;

    SaveState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
