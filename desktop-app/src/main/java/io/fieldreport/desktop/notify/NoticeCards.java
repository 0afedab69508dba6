package io.fieldreport.desktop.notify;

import io.fieldreport.desktop.TimeWords;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Builds the card for a notice, the same in the notifications panel and in the pop-up, so a
 * conflict can be decided in either. {@code prefix} keeps node ids apart between the two.
 */
final class NoticeCards {

    private static final double CARD_WIDTH = 340;

    private final NotificationCenter center;
    private final TimeWords time;

    NoticeCards(NotificationCenter center, TimeWords time) {
        this.center = center;
        this.time = time;
    }

    Node card(Notice notice, String prefix, Runnable afterAction) {
        if (notice instanceof Notice.Problem p) {
            return problem(p, prefix, afterAction);
        }
        if (notice instanceof Notice.ConflictNotice c) {
            return conflict(c, prefix, afterAction);
        }
        return completed((Notice.Completed) notice);
    }

    private Node problem(Notice.Problem p, String prefix, Runnable afterAction) {
        Label headline = headline(p.headline(), new FontIcon(Material2AL.ERROR_OUTLINE));
        Label message = wrapped(p.message());
        Label next = wrapped(p.nextStep());
        next.getStyleClass().add("muted");
        Label details = wrapped(p.details());
        details.getStyleClass().add("muted");
        details.setVisible(false);
        details.setManaged(false);
        Hyperlink showDetails = new Hyperlink("Details");
        showDetails.setOnAction(e -> {
            details.setVisible(!details.isVisible());
            details.setManaged(details.isVisible());
        });
        Label when = new Label(time.at(p.at()));
        when.getStyleClass().add("muted");
        Button ok = new Button("OK, understood");
        ok.setId(prefix + "acknowledge-" + p.id());
        ok.getStyleClass().addAll("small", "acknowledge-button");
        ok.setOnAction(e -> {
            center.acknowledge(p);
            afterAction.run();
        });
        HBox actions = new HBox(10, ok, showDetails, when);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(headline, message, next, details, actions);
        card.getStyleClass().addAll("notice-card", "problem");
        return fixedWidth(card);
    }

    private Node conflict(Notice.ConflictNotice c, String prefix, Runnable afterAction) {
        Label headline = headline(c.headline(), new FontIcon(Material2MZ.MERGE_TYPE));
        Label where = new Label(c.where());
        where.getStyleClass().add("muted");
        Node mine = version("Yours", c.conflict().mine(), prefix + "conflictMine");
        String author = c.conflict().theirAuthor() == null || c.conflict().theirAuthor().isBlank()
                ? "Theirs" : "Theirs, by " + c.conflict().theirAuthor();
        Node theirs = version(author + " (newer, now in the report)", c.conflict().theirs(), prefix + "conflictTheirs");
        Button keep = new Button("Keep mine");
        keep.setId(prefix + "keepMine-" + c.conflict().id());
        keep.getStyleClass().addAll("small", "accent", "keep-mine-button");
        keep.setOnAction(e -> {
            center.keepMine(c);
            afterAction.run();
        });
        Button use = new Button("Use theirs");
        use.setId(prefix + "useTheirs-" + c.conflict().id());
        use.getStyleClass().addAll("small", "use-theirs-button");
        use.setOnAction(e -> {
            center.useTheirs(c);
            afterAction.run();
        });
        Label note = wrapped("Keep mine makes your version current again; it reaches the web at the next Save or"
                + " Sync. Either way, the other version stays in the comment's history.");
        note.getStyleClass().add("muted");
        HBox actions = new HBox(8, keep, use);
        VBox card = new VBox(headline, where, mine, theirs, actions, note);
        card.getStyleClass().addAll("notice-card", "conflict");
        card.setId(prefix + "conflict-" + c.conflict().id());
        return fixedWidth(card);
    }

    private Node completed(Notice.Completed c) {
        VBox card = new VBox(headline(c.headline(), new FontIcon(Material2AL.CHECK_CIRCLE)), wrapped(c.summary()));
        card.getStyleClass().add("notice-card");
        return fixedWidth(card);
    }

    /** One width in the panel and the pop-up, so wrapped text lays out the same in both. */
    private static Node fixedWidth(VBox card) {
        card.setMinWidth(CARD_WIDTH);
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        return card;
    }

    private static Node version(String label, String text, String id) {
        Label caption = new Label(label);
        caption.getStyleClass().add("version-label");
        Label body = wrapped(text == null || text.isEmpty() ? "(empty)" : text);
        body.setId(id);
        VBox box = new VBox(caption, body);
        box.getStyleClass().add("version-box");
        return box;
    }

    private static Label headline(String text, FontIcon icon) {
        Label l = wrapped(text);
        l.setGraphic(icon);
        l.getStyleClass().add("notice-headline");
        return l;
    }

    /** Wrapped over as many lines as it needs: a conflict's two texts are never cut short. */
    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(CARD_WIDTH - 30);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
