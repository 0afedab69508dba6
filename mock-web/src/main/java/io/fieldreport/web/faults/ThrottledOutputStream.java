package io.fieldreport.web.faults;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes no faster than its throttle allows, flushing each piece so it really leaves at that pace. */
final class ThrottledOutputStream extends FilterOutputStream {

    private final Throttle throttle;

    ThrottledOutputStream(OutputStream out, Throttle throttle) {
        super(out);
        this.throttle = throttle;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        throttle.moved(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int piece = throttle.piece();
        for (int done = 0; done < len; ) {
            int n = Math.min(piece, len - done);
            out.write(b, off + done, n);
            out.flush();
            throttle.moved(n);
            done += n;
        }
    }
}
