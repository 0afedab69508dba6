package io.fieldreport.web;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.sync.template.ResidentialTemplate;
import io.fieldreport.web.access.Tokens;
import io.fieldreport.web.admin.CommentState;
import io.fieldreport.web.admin.DemoSeed;
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.admin.NewInspectionRequest;
import io.fieldreport.web.admin.NewUser;
import io.fieldreport.web.admin.NewUserRequest;
import io.fieldreport.web.admin.PhotoState;
import io.fieldreport.web.demo.DemoSeeder;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.editor.WebEdits;
import io.fieldreport.web.faults.PoorSignal;
import io.fieldreport.web.faults.PoorSignalSwitch;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.lock.SyncLocks;
import io.fieldreport.web.photos.PhotoStore;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.InspectionRow;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.Stored;
import io.fieldreport.web.storage.Users;
import io.fieldreport.web.storage.WebHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The admin API as Java, for tests in other modules that script scenarios against a running web:
 * exactly the operations of {@code /api/admin/...} (docs/QA.md), returning records. A refusal is an
 * {@link ApiException} whose {@link ApiException#code()} is the HTTP API's error code.
 */
public final class MockWebAdmin {

    private final Database db;
    private final Users users;
    private final Inspections inspections;
    private final Comments comments;
    private final Photos photos;
    private final WebHistory history;
    private final PhotoStore photoStore;
    private final SyncLocks locks;
    private final WebEdits edits;
    private final DemoSeeder demo;
    private final PoorSignalSwitch poorSignal;
    private final Tokens tokens;
    private final Clock clock;

    MockWebAdmin(Database db, Users users, Inspections inspections, Comments comments, Photos photos,
                 WebHistory history, PhotoStore photoStore, SyncLocks locks, WebEdits edits, DemoSeeder demo,
                 PoorSignalSwitch poorSignal, Tokens tokens, Clock clock) {
        this.db = db;
        this.users = users;
        this.inspections = inspections;
        this.comments = comments;
        this.photos = photos;
        this.history = history;
        this.photoStore = photoStore;
        this.locks = locks;
        this.edits = edits;
        this.demo = demo;
        this.poorSignal = poorSignal;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates a user with a random id and token; the token is returned only here. */
    public NewUser createUser(String name, Role role) {
        return createUser(name, role, null, null);
    }

    /**
     * Creates a user; {@code id} and {@code token} may be chosen (for pasteable QA scripts) or
     * {@code null} for random ones. An id or token already in use is refused.
     */
    public NewUser createUser(String name, Role role, String id, String token) {
        valid(() -> new NewUserRequest(name, role, id, token));
        String clean = name.strip();
        var user = new UserRecord(id != null ? id : newUserId(clean), clean, role);
        String secret = token != null ? token : tokens.newToken();
        db.transaction(c -> {
            if (users.byId(c, user.id()).isPresent() || users.tokenInUse(c, secret)) {
                throw ApiException.badRequest("A user with the id " + user.id() + " or that token exists already.");
            }
            users.insert(c, user, secret, clock.millis());
            return null;
        });
        return new NewUser(user.id(), user.name(), user.role(), secret);
    }

    public List<UserRecord> users() {
        return db.read(users::all);
    }

    /** Revokes a user's token: from now on it answers 401, as an expired token does. */
    public void revokeToken(String userId) {
        if (!db.transaction(c -> users.revoke(c, userId))) {
            throw ApiException.notFound("There is no user " + userId + ".");
        }
    }

    /** Creates an inspection from the residential template; {@code scheduledDate} may be null. */
    public UUID createInspection(String address, String clientName, LocalDate scheduledDate) {
        return createInspection(address, clientName, scheduledDate, null);
    }

    /** As above, with a chosen id ({@code null} for a random one); an id in use is refused. */
    public UUID createInspection(String address, String clientName, LocalDate scheduledDate, UUID chosenId) {
        valid(() -> new NewInspectionRequest(address, clientName, scheduledDate, chosenId));
        UUID id = chosenId != null ? chosenId : UUID.randomUUID();
        db.transaction(c -> {
            if (inspections.find(c, id).isPresent()) {
                throw ApiException.badRequest("An inspection " + id + " exists already.");
            }
            inspections.insert(c, id, address.strip(), clientName.strip(), scheduledDate, ResidentialTemplate.ID,
                    clock.millis());
            return null;
        });
        return id;
    }

    /** Every inspection on the web, by scheduled date. */
    public List<InspectionRecord> inspections() {
        return db.read(inspections::all);
    }

    /** Assigns an inspector; assigning again changes nothing. */
    public InspectionRecord assign(String userId, UUID inspectionId) {
        return db.transaction(c -> {
            UserRecord user = users.byId(c, userId).orElseThrow(() ->
                    ApiException.notFound("There is no user " + userId + "."));
            if (user.role() != Role.INSPECTOR) {
                throw ApiException.badRequest(user.name() + " is an office user and sees every inspection already;"
                        + " assign inspectors.");
            }
            row(c, inspectionId);
            inspections.assign(c, inspectionId, userId, clock.millis());
            return row(c, inspectionId).record();
        });
    }

    /** Everything the web holds for an inspection. */
    public InspectionSnapshot inspection(UUID inspectionId) {
        var lock = locks.holder(inspectionId).orElse(null);
        return db.read(c -> {
            InspectionRow row = row(c, inspectionId);
            List<CommentState> cs = new ArrayList<>();
            for (Stored<CommentRecord> s : comments.all(c, inspectionId)) {
                cs.add(new CommentState(s.record(), s.seq(), history.of(c, s.record().id())));
            }
            List<PhotoState> ps = new ArrayList<>();
            for (Stored<PhotoRecord> s : photos.all(c, inspectionId)) {
                PhotoRecord p = s.record();
                ps.add(new PhotoState(p, s.seq(), photoStore.isStored(p.content().value().sha256()),
                        history.of(c, p.id())));
            }
            return new InspectionSnapshot(row.record(), row.changeSeq(), cs, ps, lock);
        });
    }

    /** Publishes on behalf of the office; afterwards every pushed change is rejected. */
    public InspectionRecord publish(UUID inspectionId) {
        return edits.publish(inspectionId, "The office");
    }

    /** Removes a comment from the web outright, as if it had never arrived (its photos stay). */
    public void removeComment(UUID inspectionId, UUID commentId) {
        db.transaction(c -> {
            row(c, inspectionId);
            if (!comments.remove(c, inspectionId, commentId)) {
                throw ApiException.notFound("The inspection has no comment " + commentId + ".");
            }
            return null;
        });
    }

    /**
     * Removes the bytes a photo shows, as if its upload had never finished. The bytes are stored once
     * by hash, so every photo showing the same bytes loses them too.
     */
    public void removePhotoBytes(UUID inspectionId, UUID photoId) {
        PhotoRecord photo = db.read(c -> {
            row(c, inspectionId);
            return photos.find(c, photoId).filter(s -> s.inspectionId().equals(inspectionId)).map(Stored::record)
                    .orElseThrow(() -> ApiException.notFound("The inspection has no photo " + photoId + "."));
        });
        try {
            if (!photoStore.remove(photo.content().value().sha256())) {
                throw ApiException.notFound("The web does not hold the bytes of photo " + photoId + " anyway.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A web edit by an office user, exactly as the web editor makes it. */
    public CommentRecord webEdit(String officeUserId, UUID inspectionId, UUID commentId, WebEdit edit) {
        UserRecord office = db.read(c -> users.byId(c, officeUserId)).orElseThrow(() ->
                ApiException.notFound("There is no user " + officeUserId + "."));
        return edits.edit(office, inspectionId, commentId, edit);
    }

    /** Creates the demo inspection and its people once; afterwards returns what is there. */
    public DemoSeed seedDemo() {
        return demo.seed();
    }

    public PoorSignal poorSignal() {
        return poorSignal.current();
    }

    public void setPoorSignal(PoorSignal settings) {
        poorSignal.set(settings);
    }

    /** Runs a request record's own checks, so the Java facade refuses what the HTTP API refuses. */
    private static void valid(Supplier<?> request) {
        try {
            request.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid request: " + e.getMessage() + ".");
        }
    }

    private InspectionRow row(Connection c, UUID inspectionId) throws SQLException {
        return inspections.find(c, inspectionId).orElseThrow(() ->
                ApiException.notFound("There is no inspection " + inspectionId + " on the web."));
    }

    /** {@code u-} plus the first name and a few random hex digits: readable in logs, unique in practice. */
    private String newUserId(String name) {
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "u-" + (first.isEmpty() ? "user" : first.length() > 20 ? first.substring(0, 20) : first)
                + "-" + tokens.hexSuffix();
    }
}
