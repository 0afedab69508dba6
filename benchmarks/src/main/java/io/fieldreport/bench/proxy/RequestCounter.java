package io.fieldreport.bench.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Follows the client-to-server half of an HTTP/1.1 connection, fed in whatever pieces the socket
 * delivers, and records each request line. Bodies are skipped by their framing (Content-Length or
 * chunked), never scanned, so photo bytes that happen to look like "GET /" are not counted.
 * Not thread-safe: one per connection.
 */
public final class RequestCounter {

    private static final int MAX_LINE = 16 * 1024;

    private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

    private final Consumer<String> onRequest;
    private final StringBuilder line = new StringBuilder();
    private final List<String> head = new ArrayList<>();
    private State state = State.HEAD;
    private long remaining;

    /** @param onRequest receives each request line, e.g. {@code "POST /api/inspections/…/push HTTP/1.1"} */
    public RequestCounter(Consumer<String> onRequest) {
        this.onRequest = onRequest;
    }

    /** Consumes {@code n} bytes of the stream. */
    public void feed(byte[] bytes, int offset, int n) {
        int i = offset;
        int end = offset + n;
        while (i < end) {
            switch (state) {
                case BODY, CHUNK_DATA -> {
                    int skip = (int) Math.min(remaining, end - i);
                    i += skip;
                    remaining -= skip;
                    if (remaining == 0) {
                        state = state == State.BODY ? State.HEAD : State.CHUNK_END;
                    }
                }
                default -> {
                    String complete = readLine(bytes[i++]);
                    if (complete != null) {
                        onLine(complete);
                    }
                }
            }
        }
    }

    /** Collects one CRLF- (or LF-) terminated line; returns it when complete. */
    private String readLine(byte b) {
        if (line.length() > MAX_LINE) {
            throw new IllegalStateException("a line longer than " + MAX_LINE + " bytes: not HTTP/1.1 as expected");
        }
        if (b == '\n') {
            int len = line.length();
            String complete = len > 0 && line.charAt(len - 1) == '\r' ? line.substring(0, len - 1) : line.toString();
            line.setLength(0);
            return complete;
        }
        // Request lines and headers are ASCII; anything else is kept as-is for the error message.
        line.append((char) (b & 0xff));
        return null;
    }

    private void onLine(String text) {
        switch (state) {
            case HEAD -> {
                if (text.isEmpty() && head.isEmpty()) {
                    return; // a stray CRLF between requests is allowed (RFC 9112, 2.2)
                }
                if (!text.isEmpty()) {
                    head.add(text);
                    return;
                }
                endOfHead();
            }
            case CHUNK_SIZE -> {
                String size = text.contains(";") ? text.substring(0, text.indexOf(';')) : text;
                remaining = Long.parseLong(size.trim(), 16);
                state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
            }
            case CHUNK_END -> {
                if (!text.isEmpty()) {
                    throw new IllegalStateException("chunk data not followed by CRLF");
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILER -> {
                if (text.isEmpty()) {
                    state = State.HEAD;
                }
            }
            default -> throw new IllegalStateException("line in state " + state);
        }
    }

    private void endOfHead() {
        String requestLine = head.get(0);
        if (!requestLine.matches("[A-Z]+ \\S+ HTTP/1\\.[01]")) {
            throw new IllegalStateException("not an HTTP/1.x request line: " + requestLine);
        }
        onRequest.accept(requestLine);
        long length = 0;
        boolean chunked = false;
        for (String h : head.subList(1, head.size())) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        head.clear();
        if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (length > 0) {
            remaining = length;
            state = State.BODY;
        }
    }
}
