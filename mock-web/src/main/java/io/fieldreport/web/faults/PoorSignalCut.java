package io.fieldreport.web.faults;

import java.io.IOException;

/** Poor-signal mode ended a transfer on purpose; treated exactly like a connection the client lost. */
public final class PoorSignalCut extends IOException {

    public PoorSignalCut(String message) {
        super(message);
    }
}
