package io.fieldreport.sync.transport;

import io.fieldreport.sync.protocol.ErrorBody;
import io.fieldreport.sync.protocol.Health;
import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionList;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.protocol.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * {@link WebApi} over HTTP with OkHttp. Photo bytes stream between file and socket in 64 KiB pieces.
 * OkHttp's own silent retry is off: a resent request body would count its bytes twice and hide
 * failures from the sync engine, which retries with backoff itself.
 */
public final class OkHttpWebApi implements WebApi {

    public static final String SERVER_TIME = "X-Server-Time";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType OCTETS = MediaType.get("application/offset+octet-stream");
    private static final int PIECE = 64 * 1024;

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String token;
    private final WireCodec codec;
    private final Cancellation cancellation;

    public OkHttpWebApi(HttpUrl base, String token, WireCodec codec, Clock clock, ServerTimeListener timeListener) {
        this(defaultClient(clock, timeListener), base, token, codec, Cancellation.NEVER);
    }

    private OkHttpWebApi(OkHttpClient http, HttpUrl base, String token, WireCodec codec, Cancellation cancellation) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.codec = codec;
        this.cancellation = cancellation;
    }

    private static OkHttpClient defaultClient(Clock clock, ServerTimeListener timeListener) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(chain -> {
                    long sent = clock.millis();
                    Response response = chain.proceed(chain.request());
                    long received = clock.millis();
                    String header = response.header(SERVER_TIME);
                    if (header != null) {
                        try {
                            timeListener.serverTime(Long.parseLong(header), sent, received);
                        } catch (NumberFormatException ignored) {
                            // A web that sends no usable time simply does not correct the clock.
                        }
                    }
                    return response;
                })
                .build();
    }

    /** Parses a web address as typed by an inspector, with a clear error for a bad one. */
    public static HttpUrl parseBase(String url) {
        HttpUrl parsed = HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("'" + url + "' is not a web address; it should look like https://web.example.com");
        }
        return parsed;
    }

    /** The same web, with every call of this view aborted when {@code c} is cancelled. */
    public OkHttpWebApi cancellable(Cancellation c) {
        return new OkHttpWebApi(http, base, token, codec, c);
    }

    /** Frees the connection pool and threads (when signing out or closing the client). */
    public void shutdown() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public Health health() throws IOException, WebException {
        return json(get(url("api", "health")), Health.class);
    }

    @Override
    public UserRecord me() throws IOException, WebException {
        return json(get(url("api", "me")), UserRecord.class);
    }

    @Override
    public InspectionList inspections() throws IOException, WebException {
        return json(get(url("api", "inspections")), InspectionList.class);
    }

    @Override
    public InspectionDetail inspection(UUID id) throws IOException, WebException {
        return json(get(inspectionUrl(id)), InspectionDetail.class);
    }

    @Override
    public PushResponse push(UUID inspectionId, PushRequest request) throws IOException, WebException {
        return json(post(inspectionUrl(inspectionId, "push").build(), request), PushResponse.class);
    }

    @Override
    public PullResponse pull(UUID inspectionId, String since, int limit) throws IOException, WebException {
        HttpUrl.Builder url = inspectionUrl(inspectionId, "changes").addQueryParameter("limit", Integer.toString(limit));
        if (since != null) {
            url.addQueryParameter("since", since);
        }
        return json(get(url), PullResponse.class);
    }

    @Override
    public Manifest manifest(UUID inspectionId, boolean withEntries) throws IOException, WebException {
        HttpUrl url = inspectionUrl(inspectionId, "manifest")
                .addQueryParameter("entries", Boolean.toString(withEntries)).build();
        return json(get(url), Manifest.class);
    }

    @Override
    public LockState lockState(UUID inspectionId) throws IOException, WebException {
        return json(get(inspectionUrl(inspectionId, "lock")), LockState.class);
    }

    @Override
    public LockInfo acquireLock(UUID inspectionId, LockRequest request) throws IOException, WebException {
        return json(post(inspectionUrl(inspectionId, "lock").build(), request), LockInfo.class);
    }

    @Override
    public LockInfo renewLock(UUID inspectionId, String lockId, LockRequest request) throws IOException, WebException {
        Request r = authorized(new Request.Builder().url(inspectionUrl(inspectionId, "lock", lockId).build())
                .put(RequestBody.create(codec.encode(request), JSON)));
        return json(r, LockInfo.class);
    }

    @Override
    public void releaseLock(UUID inspectionId, String lockId) throws IOException, WebException {
        Request r = authorized(new Request.Builder().url(inspectionUrl(inspectionId, "lock", lockId).build()).delete());
        try (Exchange exchange = execute(r)) {
            Response response = exchange.response();
            check(response);
        }
    }

    @Override
    public UploadStatus uploadStatus(UUID inspectionId, String sha256) throws IOException, WebException {
        Request r = authorized(new Request.Builder().url(inspectionUrl(inspectionId, "uploads", sha256).build()).head());
        try (Exchange exchange = execute(r)) {
            Response response = exchange.response();
            check(response);
            return uploadStatus(response);
        }
    }

    @Override
    public UploadStatus upload(UUID inspectionId, PhotoContent content, long offset, Path file, ByteProgress progress)
            throws IOException, WebException {
        RequestBody body = new RequestBody() {
            @Override
            public MediaType contentType() {
                return OCTETS;
            }

            @Override
            public long contentLength() {
                return content.size() - offset;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    ch.position(offset);
                    ByteBuffer buffer = ByteBuffer.allocate(PIECE);
                    long left = content.size() - offset;
                    while (left > 0) {
                        buffer.clear();
                        buffer.limit((int) Math.min(PIECE, left));
                        int n = ch.read(buffer);
                        if (n < 0) {
                            throw new IOException("the photo file " + file + " is shorter than its recorded size");
                        }
                        buffer.flip();
                        sink.write(buffer);
                        sink.flush();
                        left -= n;
                        progress.transferred(n);
                    }
                }
            }
        };
        Request r = authorized(new Request.Builder().url(inspectionUrl(inspectionId, "uploads", content.sha256()).build())
                .header("Upload-Offset", Long.toString(offset))
                .header("Upload-Length", Long.toString(content.size()))
                .patch(body));
        try (Exchange exchange = execute(r)) {
            Response response = exchange.response();
            check(response);
            return uploadStatus(response);
        }
    }

    @Override
    public void download(UUID inspectionId, PhotoContent content, long offset, Path target, ByteProgress progress)
            throws IOException, WebException {
        Request.Builder b = new Request.Builder().url(inspectionUrl(inspectionId, "photos", content.sha256()).build()).get();
        if (offset > 0) {
            b.header("Range", "bytes=" + offset + "-");
        }
        try (Exchange exchange = execute(authorized(b))) {
            Response response = exchange.response();
            check(response);
            long start = 0;
            if (response.code() == 206) {
                start = parseRangeStart(response.header("Content-Range"));
                if (start != offset) {
                    throw new IOException("the web resumed the download at byte " + start + ", not " + offset);
                }
            }
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
                 InputStream in = response.body().byteStream()) {
                out.truncate(start);
                out.position(start);
                byte[] buffer = new byte[PIECE];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    ByteBuffer wrap = ByteBuffer.wrap(buffer, 0, n);
                    while (wrap.hasRemaining()) {
                        out.write(wrap);
                    }
                    progress.transferred(n);
                }
                out.force(true);
            }
        }
    }

    private static long parseRangeStart(String contentRange) throws IOException {
        // "bytes 100-199/200"
        if (contentRange == null || !contentRange.startsWith("bytes ")) {
            throw new IOException("the web sent a partial download without a usable Content-Range: " + contentRange);
        }
        try {
            return Long.parseLong(contentRange.substring(6, contentRange.indexOf('-')));
        } catch (RuntimeException e) {
            throw new IOException("unreadable Content-Range: " + contentRange, e);
        }
    }

    private static UploadStatus uploadStatus(Response response) throws IOException {
        try {
            String offset = response.header("Upload-Offset");
            String length = response.header("Upload-Length");
            return new UploadStatus(offset == null ? 0 : Long.parseLong(offset),
                    length == null ? -1 : Long.parseLong(length),
                    "true".equalsIgnoreCase(response.header("Upload-Complete")));
        } catch (NumberFormatException e) {
            throw new IOException("the web sent an unreadable upload offset", e);
        }
    }

    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b;
    }

    private HttpUrl.Builder inspectionUrl(UUID id, String... more) {
        HttpUrl.Builder b = url("api", "inspections", id.toString());
        for (String s : more) {
            b.addPathSegment(s);
        }
        return b;
    }

    private Request get(HttpUrl.Builder url) {
        return get(url.build());
    }

    private Request get(HttpUrl url) {
        return authorized(new Request.Builder().url(url).get());
    }

    private Request post(HttpUrl url, Object body) {
        return authorized(new Request.Builder().url(url).post(RequestBody.create(codec.encode(body), JSON)));
    }

    private Request authorized(Request.Builder b) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private <T> T json(Request request, Class<T> type) throws IOException, WebException {
        try (Exchange exchange = execute(request)) {
            Response response = exchange.response();
            check(response);
            try {
                return codec.decode(response.body().charStream(), type);
            } catch (WireFormatException e) {
                throw new IOException("The web sent an answer this FieldReport cannot read: " + e.getMessage(), e);
            }
        }
    }

    /** A response whose call stays cancellable until its body has been read and closed. */
    private record Exchange(Response response, Cancellation.Registration registration) implements AutoCloseable {
        @Override
        public void close() {
            try {
                response.close();
            } finally {
                registration.close();
            }
        }
    }

    private Exchange execute(Request request) throws IOException {
        if (cancellation.isCancelled()) {
            throw new InterruptedIOException("cancelled");
        }
        Call call = http.newCall(request);
        Cancellation.Registration registration = cancellation.onCancel(call::cancel);
        try {
            return new Exchange(call.execute(), registration);
        } catch (IOException | RuntimeException e) {
            registration.close();
            if (cancellation.isCancelled()) {
                throw new InterruptedIOException("cancelled");
            }
            throw e;
        }
    }

    private void check(Response response) throws IOException, WebException {
        if (response.isSuccessful()) {
            return;
        }
        int status = response.code();
        String text = response.body() == null ? "" : response.body().string();
        ErrorBody.Detail detail;
        try {
            detail = codec.decode(text, ErrorBody.class).error();
        } catch (WireFormatException e) {
            boolean transientStatus = status >= 500 || status == 408 || status == 429;
            detail = new ErrorBody.Detail("http_" + status,
                    "The web answered HTTP " + status + " without an explanation.", transientStatus, null);
        }
        throw new WebException(status, detail);
    }
}
