package io.fieldreport.web.support;

import io.fieldreport.sync.protocol.PhotoContent;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/** Photo bytes for tests and the tus-style upload calls a laptop makes. */
public final class PhotoBytes {

    private PhotoBytes() {
    }

    /** Reproducible pseudo-random bytes: no two sizes or seeds share a hash. */
    public static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static PhotoContent contentOf(byte[] bytes) {
        try {
            return new PhotoContent(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public static String uploadPath(UUID inspectionId, String sha256) {
        return "/api/inspections/" + inspectionId + "/uploads/" + sha256;
    }

    public static Reply head(Api api, UUID inspectionId, String sha256) {
        return api.send(api.request(uploadPath(inspectionId, sha256)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends bytes {@code from..to} of {@code whole} as one PATCH piece. */
    public static HttpRequest.Builder patch(Api api, UUID inspectionId, byte[] whole, int from, int to) {
        return api.request(uploadPath(inspectionId, contentOf(whole).sha256()))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(whole, from, to - from))
                .header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Offset", Integer.toString(from))
                .header("Upload-Length", Integer.toString(whole.length));
    }

    /** Uploads a whole photo in one piece and returns its content. */
    public static PhotoContent upload(Api api, UUID inspectionId, byte[] bytes) {
        Reply r = api.send(patch(api, inspectionId, bytes, 0, bytes.length));
        if (r.status() != 204 || !"true".equals(r.header("Upload-Complete"))) {
            throw new AssertionError("upload failed: " + r);
        }
        return contentOf(bytes);
    }
}
