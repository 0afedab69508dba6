package io.fieldreport.sync;

/** The web answered with an error that sending again will not fix; the code is the protocol's. */
public final class WebRefusedException extends SyncException {

    private final String code;

    public WebRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
