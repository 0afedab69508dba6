package io.fieldreport.desktop.notify;

import impl.org.controlsfx.skin.NotificationBar;
import io.fieldreport.desktop.TimeWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Pops up each new notice with ControlsFX at the window's right, centred in its height: a finished
 * sync briefly, a problem and a conflict for a while, a conflict with Keep mine and Use theirs on
 * the pop-up itself. Problems and undecided conflicts stay listed in the notifications panel (the
 * bell counts them) once their pop-up has gone; while the panel is open they do not pop up at all.
 *
 * <p>Not at the bottom right: ControlsFX stacks those from the window's bottom edge, over the status
 * bar, where Sync's progress and Cancel appear; moving them up after ControlsFX placed them breaks
 * its slide-in, which left the pop-up without its background on X11. Centred, the pop-ups clear the
 * status bar and the header for any card shorter than the window less both bars.
 */
public final class Toasts {

    /** How long each kind of pop-up stays before it folds into the notifications panel. */
    public record Timing(Duration completed, Duration problem, Duration conflict) {
        public static final Timing DEFAULT = new Timing(Duration.seconds(4), Duration.seconds(12),
                Duration.seconds(20));
    }

    private static final double MARGIN = 12;

    private final NoticeCards cards;
    private final Window owner;
    private final Timing timing;
    /** The pop-ups of undecided conflicts, to take down when decided anywhere. */
    private final Map<Long, Node> conflictToasts = new HashMap<>();
    /** The pop-ups of what the panel lists (problems, conflicts): the panel shows them when open. */
    private final List<Node> listedToasts = new ArrayList<>();
    private final ObservableBooleanValue panelOpen;
    private final List<PopupWindow> shown = new ArrayList<>();
    private boolean placing;

    /**
     * @param panelOpen whether the notifications panel shows: while it does, what it lists does not
     *                  pop up (a pop-up would cover the panel's own cards at the window's right)
     */
    public Toasts(NotificationCenter center, TimeWords time, Window owner, ObservableBooleanValue panelOpen,
                  Timing timing) {
        this.cards = new NoticeCards(center, time);
        this.owner = owner;
        this.panelOpen = panelOpen;
        this.timing = timing;
        panelOpen.addListener((obs, was, open) -> {
            if (open) {
                listedToasts.forEach(Toasts::hide);
                listedToasts.clear();
            }
        });
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

    /**
     * ControlsFX's stylesheet for its pop-ups, to put on the main scene from the start: ControlsFX
     * adds it to the owner's scene at the first pop-up otherwise, and a scene whose stylesheets
     * change restyles every node in it, which stalled the FX thread for a quarter of a second at the
     * end of the first Sync (docs/BENCHMARKS.md).
     */
    public static String controlsFxStylesheet() {
        return Notifications.class.getResource("notificationpopup.css").toExternalForm();
    }

    private void show(Notice notice) {
        boolean listed = !(notice instanceof Notice.Completed);
        if (!owner.isShowing() || listed && panelOpen.get()) {
            return;
        }
        Node[] card = new Node[1];
        card[0] = cards.card(notice, "toast-", () -> hide(card[0]));
        Duration hideAfter = notice instanceof Notice.Completed ? timing.completed()
                : notice instanceof Notice.Problem ? timing.problem() : timing.conflict();
        if (notice instanceof Notice.ConflictNotice c) {
            conflictToasts.put(c.conflict().id(), card[0]);
        }
        if (listed) {
            listedToasts.removeIf(n -> n.getScene() == null || n.getScene().getWindow() == null
                    || !n.getScene().getWindow().isShowing());
            listedToasts.add(card[0]);
        }
        Notifications toast = Notifications.create()
                .owner(owner)
                .position(Pos.CENTER_RIGHT)
                .graphic(card[0])
                .hideAfter(hideAfter);
        // Closing a conflict's pop-up (or its folding away) leaves it undecided and listed in the panel.
        toast.show();
        keepInsideOwner(card[0]);
    }

    /**
     * ControlsFX places the pop-up by the width it measured before our stylesheet sized it, which
     * puts its right edge past the window's. Re-anchor it whenever its width settles.
     */
    private void keepInsideOwner(Node card) {
        if (card.getScene() == null || !(card.getScene().getWindow() instanceof PopupWindow)) {
            // ControlsFX may show it a moment later: place it once it is in its pop-up.
            card.sceneProperty().addListener((obs, was, scene) -> {
                if (scene != null) {
                    scene.windowProperty().addListener((o, w, window) -> keepInsideOwner(card));
                    if (scene.getWindow() != null) {
                        keepInsideOwner(card);
                    }
                }
            });
            return;
        }
        PopupWindow popup = (PopupWindow) card.getScene().getWindow();
        // ControlsFX lines up the pop-ups already shown with the new one's X: place them all again.
        shown.removeIf(p -> !p.isShowing());
        shown.forEach(this::place);
        if (!shown.contains(popup)) {
            shown.add(popup);
            popup.widthProperty().addListener((obs, was, now) -> place(popup));
        }
        place(popup);
    }

    private void place(PopupWindow popup) {
        // Moving the pop-up can re-lay it out and change its width (notified from inside setAnchorX):
        // one placement at a time, repeated until the width it used is the width it has.
        if (placing) {
            return;
        }
        placing = true;
        try {
            for (int i = 0; i < 3; i++) {
                double x = owner.getX() + owner.getWidth() - popup.getWidth() - MARGIN;
                if (Math.abs(popup.getAnchorX() - x) < 0.5) {
                    break;
                }
                popup.setAnchorX(x);
            }
        } finally {
            placing = false;
        }
    }

    /**
     * ControlsFX gives no handle on a shown notification: its bar is the card's nearest ancestor
     * that can hide itself, found by walking up, so the fade-out and its own bookkeeping still run.
     */
    private static void hide(Node card) {
        for (Parent p = card.getParent(); p != null; p = p.getParent()) {
            if (p instanceof NotificationBar bar) {
                bar.hide();
                return;
            }
        }
    }
}
