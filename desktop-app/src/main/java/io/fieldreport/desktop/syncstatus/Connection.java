package io.fieldreport.desktop.syncstatus;

/** What the status bar says about the web. */
public enum Connection {
    CHECKING("Checking the connection…"),
    ONLINE("Online"),
    OFFLINE("Offline: the web can't be reached"),
    WORKING_OFFLINE("Working offline");

    private final String words;

    Connection(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
