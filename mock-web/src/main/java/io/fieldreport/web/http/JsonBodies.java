package io.fieldreport.web.http;

import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.protocol.WireFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON request and response bodies, always through the protocol's strict {@link WireCodec}. A body
 * over the limit is refused by its declared length before it is read, or as soon as it grows past it.
 */
public final class JsonBodies {

    private final WireCodec codec;
    private final long maxBytes;

    public JsonBodies(WireCodec codec, long maxBytes) {
        this.codec = codec;
        this.maxBytes = maxBytes;
    }

    public <T> T read(Request request, Class<T> type) {
        String text = text(request);
        try {
            return codec.decode(text, type);
        } catch (WireFormatException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    public Response ok(Object record) {
        return respond(200, record);
    }

    public Response respond(int status, Object record) {
        return Response.json(status, codec.encode(record));
    }

    private String text(Request request) {
        long declared = request.longHeader("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.body()) {
            bytes = readAtMost(in, maxBytes + 1);
        } catch (IOException e) {
            throw new ConnectionLost("the request body did not arrive whole", e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("The request needs a JSON body.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The request body is not valid UTF-8.");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorCode.TOO_LARGE,
                "The request body is larger than the web accepts (" + maxBytes + " bytes).");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
