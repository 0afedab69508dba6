package io.fieldreport.web.faults;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Lets a number of bytes through, then fails as a dropped connection would. */
final class CutInputStream extends FilterInputStream {

    private long left;

    CutInputStream(InputStream in, long allowed) {
        super(in);
        this.left = allowed;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (left <= 0) {
            throw new PoorSignalCut("poor-signal mode cut the upload here");
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
            left -= n;
        }
        return n;
    }
}
