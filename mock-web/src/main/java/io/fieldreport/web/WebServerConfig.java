package io.fieldreport.web;

import io.fieldreport.web.faults.PoorSignal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to run a mock web. Build one with {@link #builder(Path)}; every setting but the data folder
 * has a default.
 *
 * @param host           the address to bind; 127.0.0.1 unless told otherwise
 * @param port           the port; 0 picks a free one ({@link WebServer#port()} says which)
 * @param dataDir        the folder of the web's database and photos
 * @param adminToken     the admin API's token; {@code null} generates one ({@link WebServer#adminToken()})
 * @param clock          the web's time: server time, lock leases and the web editor's stamps all use
 *                       it, so a test can advance it instead of sleeping
 * @param maxJsonBytes   the largest JSON body accepted (default 16 MB)
 * @param maxPhotoBytes  the largest photo accepted (default 50 MB)
 * @param pullPageLimit  entities per pull page when the client does not say (default 500)
 * @param poorSignal     the poor-signal mode at start (default off)
 * @param threads        requests handled at once (default 32)
 */
public record WebServerConfig(String host, int port, Path dataDir, String adminToken, Clock clock,
                              long maxJsonBytes, long maxPhotoBytes, int pullPageLimit, PoorSignal poorSignal,
                              int threads) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_JSON_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_PHOTO_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_PULL_PAGE_LIMIT = 500;
    public static final int DEFAULT_THREADS = 32;

    public WebServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(poorSignal, "poorSignal");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (adminToken != null && adminToken.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        if (maxJsonBytes < 1024 || maxPhotoBytes < 1) {
            throw new IllegalArgumentException("size limits must be positive (JSON at least 1 KB)");
        }
        if (pullPageLimit < 1 || pullPageLimit > 1_000) {
            throw new IllegalArgumentException("pullPageLimit must be between 1 and 1000, not " + pullPageLimit);
        }
        if (threads < 2) {
            throw new IllegalArgumentException("threads must be at least 2, not " + threads);
        }
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** A copy with other settings, starting from these. */
    public Builder toBuilder() {
        return new Builder(dataDir).host(host).port(port).adminToken(adminToken).clock(clock)
                .maxJsonBytes(maxJsonBytes).maxPhotoBytes(maxPhotoBytes).pullPageLimit(pullPageLimit)
                .poorSignal(poorSignal).threads(threads);
    }

    public static final class Builder {
        private final Path dataDir;
        private String host = DEFAULT_HOST;
        private int port;
        private String adminToken;
        private Clock clock = Clock.systemDefaultZone();
        private long maxJsonBytes = DEFAULT_MAX_JSON_BYTES;
        private long maxPhotoBytes = DEFAULT_MAX_PHOTO_BYTES;
        private int pullPageLimit = DEFAULT_PULL_PAGE_LIMIT;
        private PoorSignal poorSignal = PoorSignal.OFF;
        private int threads = DEFAULT_THREADS;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder maxJsonBytes(long maxJsonBytes) {
            this.maxJsonBytes = maxJsonBytes;
            return this;
        }

        public Builder maxPhotoBytes(long maxPhotoBytes) {
            this.maxPhotoBytes = maxPhotoBytes;
            return this;
        }

        public Builder pullPageLimit(int pullPageLimit) {
            this.pullPageLimit = pullPageLimit;
            return this;
        }

        public Builder poorSignal(PoorSignal poorSignal) {
            this.poorSignal = poorSignal;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public WebServerConfig build() {
            return new WebServerConfig(host, port, dataDir, adminToken, clock, maxJsonBytes, maxPhotoBytes,
                    pullPageLimit, poorSignal, threads);
        }
    }
}
