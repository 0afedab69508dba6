package io.fieldreport.sync;

import io.fieldreport.sync.engine.ClockSync;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.store.LocalEdits;
import io.fieldreport.sync.store.Profile;
import io.fieldreport.sync.transport.OkHttpWebApi;
import io.fieldreport.sync.transport.WebApi;
import io.fieldreport.sync.transport.WebException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Optional;

/** Who is signed in to which web, and the connection to it. */
final class Accounts implements AutoCloseable {

    static final String SERVER = "account.server";
    static final String TOKEN = "account.token";
    static final String USER_ID = "account.userId";
    static final String ROLE = "account.role";

    private final Profile profile;
    private final WireCodec codec;
    private final Clock wall;
    private final ClockSync clockSync;
    private OkHttpWebApi api;

    Accounts(Profile profile, WireCodec codec, Clock wall, ClockSync clockSync) {
        this.profile = profile;
        this.codec = codec;
        this.wall = wall;
        this.clockSync = clockSync;
    }

    Optional<Account> current() {
        var s = profile.settings();
        return s.get(SERVER).flatMap(server -> s.get(USER_ID).flatMap(id -> s.get(LocalEdits.USER_NAME).map(name ->
                new Account(server, id, name, Role.valueOf(s.get(ROLE).orElse(Role.INSPECTOR.name()))))));
    }

    synchronized Optional<WebApi> api() {
        if (api == null) {
            var s = profile.settings();
            var server = s.get(SERVER);
            var token = s.get(TOKEN);
            if (server.isEmpty() || token.isEmpty()) {
                return Optional.empty();
            }
            api = connect(server.get(), token.get());
        }
        return Optional.of(api);
    }

    /** Asks the web who owns this token, without signing in. */
    Account check(String serverUrl, String token) throws SyncException {
        OkHttpWebApi probe = connect(serverUrl, token);
        try {
            UserRecord me = probe.me();
            return new Account(normalise(serverUrl), me.id(), me.name(), me.role());
        } catch (IOException e) {
            throw new WebUnreachableException("Could not reach the web at " + serverUrl + " (" + e.getMessage()
                    + "). Check the address and the connection.", 0, e);
        } catch (WebException e) {
            if (e.status() == 401) {
                throw new AccessDeniedException("The web at " + serverUrl + " did not accept this token. Check that"
                        + " it was copied whole, or ask the office for a new one.");
            }
            throw new WebRefusedException(e.code(), "The web refused the sign-in: " + e.getMessage());
        } finally {
            probe.shutdown();
        }
    }

    synchronized Account signIn(String serverUrl, String token) throws SyncException {
        Account account = check(serverUrl, token);
        var s = profile.settings();
        s.put(SERVER, account.serverUrl());
        s.put(TOKEN, token.trim());
        s.put(USER_ID, account.userId());
        s.put(LocalEdits.USER_NAME, account.name());
        s.put(ROLE, account.role().name());
        closeApi();
        return account;
    }

    /**
     * Forgets the credentials and removes the work in one transaction, if {@code allowed} (asked
     * inside it) agrees: if the wipe fails or is not allowed, the inspector is still signed in with
     * all their work.
     */
    synchronized boolean signOut(BooleanSupplier allowed) {
        boolean wiped = profile.wipeWork(List.of(SERVER, TOKEN, USER_ID, LocalEdits.USER_NAME, ROLE), allowed);
        if (wiped) {
            closeApi();
        }
        return wiped;
    }

    List<InspectionRecord> fetchInspections() throws SyncException {
        WebApi web = api().orElseThrow(NotSignedInException::new);
        try {
            return web.inspections().inspections();
        } catch (IOException e) {
            throw new WebUnreachableException("Could not reach the web to list your inspections (" + e.getMessage()
                    + "). The inspections already on this laptop are still here.", 0, e);
        } catch (WebException e) {
            if (e.status() == 401) {
                throw new AccessDeniedException("The web no longer accepts this sign-in. Sign in again.");
            }
            throw new WebRefusedException(e.code(), "The web refused to list your inspections: " + e.getMessage());
        }
    }

    /**
     * Whether the web answers its health check. Only a transport failure or an answer that is an
     * error means "not reachable"; anything else (a store failure, a bug) is thrown, not hidden
     * behind "offline".
     */
    boolean reachable() {
        try {
            Optional<WebApi> web = api();
            if (web.isEmpty()) {
                return false;
            }
            web.get().health();
            return true;
        } catch (IOException | WebException e) {
            return false;
        }
    }

    private OkHttpWebApi connect(String serverUrl, String token) {
        return new OkHttpWebApi(OkHttpWebApi.parseBase(normalise(serverUrl)), token.trim(), codec, wall, clockSync);
    }

    private static String normalise(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private synchronized void closeApi() {
        if (api != null) {
            api.shutdown();
            api = null;
        }
    }

    @Override
    public void close() {
        closeApi();
    }
}
