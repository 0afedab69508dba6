package io.fieldreport.web.faults;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads no faster than its throttle allows. */
final class ThrottledInputStream extends FilterInputStream {

    private final Throttle throttle;

    ThrottledInputStream(InputStream in, Throttle throttle) {
        super(in);
        this.throttle = throttle;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            throttle.moved(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, Math.min(len, throttle.piece()));
        if (n > 0) {
            throttle.moved(n);
        }
        return n;
    }
}
