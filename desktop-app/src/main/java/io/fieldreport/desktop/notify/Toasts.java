package io.fieldreport.desktop.notify;

import io.fieldreport.desktop.TimeWords;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Pops up each new notice with ControlsFX at the window's bottom right: a finished sync briefly, a
 * problem for a while (it stays in the panel until acknowledged), a conflict until it is decided,
 * with Keep mine and Use theirs on the pop-up itself.
 */
public final class Toasts {

    private static final Duration COMPLETED = Duration.seconds(4);
    private static final Duration PROBLEM = Duration.seconds(12);

    private final NoticeCards cards;
    private final Window owner;
    /** The pop-ups of undecided conflicts, to take down when decided anywhere. */
    private final Map<Long, Node> conflictToasts = new HashMap<>();

    public Toasts(NotificationCenter center, TimeWords time, Window owner) {
        this.cards = new NoticeCards(center, time);
        this.owner = owner;
        center.onNewNotice(this::show);
        center.listed().addListener((ListChangeListener<Notice>) c -> {
            conflictToasts.entrySet().removeIf(e -> {
                boolean decided = center.listed().stream().noneMatch(n -> n instanceof Notice.ConflictNotice k
                        && k.conflict().id() == e.getKey());
                if (decided) {
                    hide(e.getValue());
                }
                return decided;
            });
        });
    }

    private void show(Notice notice) {
        if (!owner.isShowing()) {
            return;
        }
        Node[] card = new Node[1];
        card[0] = cards.card(notice, "toast-", () -> hide(card[0]));
        Duration hideAfter = notice instanceof Notice.Completed ? COMPLETED
                : notice instanceof Notice.Problem ? PROBLEM : Duration.INDEFINITE;
        if (notice instanceof Notice.ConflictNotice c) {
            conflictToasts.put(c.conflict().id(), card[0]);
        }
        Notifications toast = Notifications.create()
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .graphic(card[0])
                .hideAfter(hideAfter);
        if (notice instanceof Notice.ConflictNotice) {
            // A conflict is decided with its buttons, not dismissed: it would stay undecided.
            toast.hideCloseButton();
        }
        toast.show();
    }

    /**
     * ControlsFX gives no handle on a shown notification: its bar is the card's nearest ancestor
     * that can hide itself, found by walking up, so the fade-out and its own bookkeeping still run.
     */
    private static void hide(Node card) {
        for (Parent p = card.getParent(); p != null; p = p.getParent()) {
            if (p instanceof impl.org.controlsfx.skin.NotificationBar bar) {
                bar.hide();
                return;
            }
        }
    }
}
