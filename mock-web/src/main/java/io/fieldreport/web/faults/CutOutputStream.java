package io.fieldreport.web.faults;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Sends a number of bytes, then fails so the gateway drops the connection mid-body. */
final class CutOutputStream extends FilterOutputStream {

    private long left;

    CutOutputStream(OutputStream out, long allowed) {
        super(out);
        this.left = allowed;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int n = (int) Math.min(len, left);
        if (n > 0) {
            out.write(b, off, n);
            left -= n;
        }
        if (n < len) {
            out.flush();
            throw new PoorSignalCut("poor-signal mode cut the download here");
        }
    }
}
