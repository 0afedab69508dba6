package io.fieldreport.cli;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;
import java.io.PrintWriter;

/**
 * Shows a long operation's progress on one rewritten terminal line; stays quiet when the output is
 * a pipe or a file, so scripts see only results.
 */
final class TerminalProgress implements SyncListener {

    private final PrintWriter err;
    private final boolean terminal;
    private int lastLength;

    TerminalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static TerminalProgress forConsole(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public synchronized void progress(SyncProgress p) {
        if (!terminal) {
            return;
        }
        if (p.phase() == Phase.DONE) {
            clear();
            return;
        }
        StringBuilder line = new StringBuilder(p.phase().label());
        if (p.itemsTotal() > 0) {
            line.append(' ').append(p.itemsDone()).append('/').append(p.itemsTotal());
        } else if (p.itemsDone() > 0) {
            line.append(' ').append(p.itemsDone());
        }
        if (p.bytesTotal() > 0) {
            line.append(String.format("  %.1f/%.1f MB", p.bytesDone() / 1e6, p.bytesTotal() / 1e6));
        }
        if (!p.detail().isEmpty()) {
            line.append("  ").append(p.detail());
        }
        String text = line.length() > 110 ? line.substring(0, 110) : line.toString();
        err.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        err.flush();
        lastLength = text.length();
    }

    private void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
