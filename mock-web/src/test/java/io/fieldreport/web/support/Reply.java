package io.fieldreport.web.support;

import io.fieldreport.sync.protocol.ErrorBody;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.protocol.WireFormatException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** One HTTP answer as a test reads it. */
public record Reply(int status, HttpHeaders headers, byte[] body) {

    private static final WireCodec CODEC = new WireCodec();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public <T> T as(Class<T> type) {
        try {
            return CODEC.decode(text(), type);
        } catch (WireFormatException e) {
            throw new AssertionError("status " + status + ", body is not a " + type.getSimpleName() + ": " + text(), e);
        }
    }

    public ErrorBody.Detail error() {
        return as(ErrorBody.class).error();
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
