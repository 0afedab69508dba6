package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.store.RejectedChange;
import io.fieldreport.sync.store.RemoteApply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A change the web keeps refusing with a reason that "may pass" (here: a photo whose comment the
 * web refused for good, so it answers unknown_comment every time) does not stay queued for ever:
 * after a few pushes it moves to the rejected list, and the queue empties.
 */
class RetryableRejectionTest {

    @RegisterExtension
    final Team team = new Team();

    @Test
    void aPhotoWhoseCommentTheWebRefusedForGoodEndsInTheRejectedList() throws Exception {
        var comment = team.ana().add("garage.floor", "Settlement crack", null);
        team.ana().sync();
        team.web.admin.removeComment(team.web.inspection, comment.id()); // the web lost it
        // An edit of only the text: to the web a new comment without its other fields (incomplete, for good).
        team.ana().editText(comment.id(), "Settlement crack across the slab, 3 mm");
        var photo = team.ana().client.addPhoto(comment.id(), Photos.make(team.dir.resolve("camera"), "crack.jpg",
                20_000, 1), "");

        var first = team.ana().save();

        assertEquals(1, first.rejected(), "the comment, for good: " + first.summary());
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload(), "the photo is tried again");
        for (int i = 1; i < RemoteApply.MAX_RETRYABLE_REJECTIONS; i++) {
            team.ana().save();
        }

        assertEquals(0, team.ana().client.status(team.ana().inspection).changesToUpload(), "the queue is empty");
        RejectedChange photoRejected = team.ana().client.rejectedChanges(true).stream()
                .filter(r -> r.entityId().equals(photo.id())).findFirst().orElseThrow();
        assertEquals("unknown_comment", photoRejected.reason());
        assertTrue(photoRejected.message().contains("does not have the comment this photo belongs to"),
                photoRejected.message());
        assertEquals(2, team.ana().client.rejectedChanges(true).size());
    }
}
