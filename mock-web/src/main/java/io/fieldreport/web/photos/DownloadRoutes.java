package io.fieldreport.web.photos;

import io.fieldreport.sync.store.Database;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.Ids;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import io.fieldreport.web.http.Transfer;
import io.fieldreport.web.storage.Photos;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/inspections/{id}/photos/{sha256}}: a photo's verified bytes, whole or from a byte
 * offset, but only bytes that a photo of that inspection uses.
 */
public final class DownloadRoutes {

    private final Access access;
    private final Database db;
    private final Photos photos;
    private final PhotoStore store;

    public DownloadRoutes(Access access, Database db, Photos photos, PhotoStore store) {
        this.access = access;
        this.db = db;
        this.photos = photos;
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", "/api/inspections/{id}/photos/{sha256}", Transfer.PHOTO_DOWNLOAD, this::download));
    }

    private Response download(Request request) throws IOException {
        UUID inspectionId = access.inspection(access.caller(request), request).record().id();
        String sha = Ids.sha256(request.param("sha256"));
        if (!db.read(c -> photos.inspectionUses(c, inspectionId, sha))) {
            throw ApiException.notFound("No photo of this inspection uses the bytes " + sha + ".");
        }
        Path file = store.file(sha).orElseThrow(() ->
                ApiException.notFound("The web does not hold the bytes " + sha + " (they were never uploaded, or lost)."));
        long size = Files.size(file);
        String etag = "\"" + sha + "\"";
        ByteRange range = ByteRange.parse(request.header("Range").orElse(null), size);
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType(file));
        headers.put("ETag", etag);
        headers.put("Accept-Ranges", "bytes");
        headers.put("Cache-Control", "private, max-age=31536000, immutable");
        if (range == null) {
            return new Response(200, headers, fileBody(file, 0, size));
        }
        headers.put("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        return new Response(206, headers, fileBody(file, range.first(), range.length()));
    }

    private static Response.Body fileBody(Path file, long from, long count) {
        return new Response.Body() {
            @Override
            public long length() {
                return count;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    ch.position(from);
                    InputStream in = Channels.newInputStream(ch);
                    byte[] buffer = new byte[64 * 1024];
                    long left = count;
                    int n;
                    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                        out.write(buffer, 0, n);
                        left -= n;
                    }
                }
            }
        };
    }

    /** Photos are usually JPEG or PNG; naming the type lets a browser show them as they are. */
    private static String contentType(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (n >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
