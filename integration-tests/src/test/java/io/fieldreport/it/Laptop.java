package io.fieldreport.it;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.engine.Backoff;
import io.fieldreport.sync.engine.Pause;
import io.fieldreport.sync.engine.SyncEngine;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.store.CommentEdit;
import io.fieldreport.web.admin.NewUser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** One inspector's laptop: a profile signed in to the test web, with short retry pauses. */
final class Laptop implements AutoCloseable {

    static final SyncEngine.Settings FAST = new SyncEngine.Settings(new Backoff(20, 200, 5), Pause.REAL, 60);

    final SyncClient client;
    final UUID inspection;

    /** A laptop whose clock is the test's world clock, shared with the web. */
    Laptop(Path profile, TestWeb web, NewUser user) throws SyncException {
        this(profile, web, user, web.clock, FAST);
    }

    Laptop(Path profile, TestWeb web, NewUser user, Clock clock, SyncEngine.Settings engine) throws SyncException {
        client = SyncClient.open(profile, new SyncClient.Options(clock, engine));
        client.signIn(web.url(), user.token());
        inspection = web.inspection;
        client.open(inspection, SyncListener.NONE, new CancelToken());
    }

    CommentRecord add(String item, String text, Rating rating) {
        return client.addComment(inspection, item, text, rating);
    }

    CommentRecord editText(UUID comment, String text) {
        return client.editComment(comment, CommentEdit.text(text));
    }

    CommentRecord editRating(UUID comment, Rating rating) {
        return client.editComment(comment, CommentEdit.rating(rating));
    }

    CommentRecord comment(UUID id) {
        return client.comment(id).orElseThrow(() -> new AssertionError("comment " + id + " is not on this laptop"));
    }

    SyncResult save() throws SyncException {
        return client.save(SyncListener.NONE, new CancelToken());
    }

    SyncResult sync() throws SyncException {
        return client.sync(inspection, SyncListener.NONE, new CancelToken());
    }

    SyncResult forceSync() throws SyncException {
        return client.forceSync(inspection, SyncListener.NONE, new CancelToken());
    }

    VerifyReport verify() throws SyncException {
        return client.verify(inspection, SyncListener.NONE, new CancelToken());
    }

    @Override
    public void close() {
        client.close();
    }
}
