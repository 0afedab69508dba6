package io.fieldreport.desktop.editor;

import io.fieldreport.sync.protocol.Rating;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row of the outline: the most serious rating as a coloured mark, the title, and the comment count. */
final class OutlineCell extends TreeCell<OutlineEntry> {

    private final FontIcon mark = new FontIcon(RatingStyle.mark(null));
    private final Label title = new Label();
    private final Label count = new Label();
    private final HBox row;
    private final Tooltip tip = new Tooltip();
    private final ChangeListener<Object> refresh = (obs, was, now) -> show(getItem());

    OutlineCell() {
        mark.getStyleClass().add("rating-mark");
        count.getStyleClass().add("count-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(0);
        count.setMinWidth(Region.USE_PREF_SIZE);
        row = new HBox(mark, title, spacer, count);
        row.getStyleClass().add("outline-row");
        row.setAlignment(Pos.CENTER_LEFT);
        // Small on purpose: the row takes the width the tree has (see layoutChildren), so long titles
        // end in an ellipsis and the count stays in sight instead of the tree scrolling sideways.
        row.setMinWidth(0);
        row.setPrefWidth(60);
        itemProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.commentsProperty().removeListener(refresh);
                was.worstRatingProperty().removeListener(refresh);
            }
            if (now != null) {
                now.commentsProperty().addListener(refresh);
                now.worstRatingProperty().addListener(refresh);
            }
        });
    }

    @Override
    protected void updateItem(OutlineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        show(entry);
        setGraphic(row);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double available = getWidth() - row.getLayoutX() - snappedRightInset();
        if (getGraphic() == row && available > 0 && Math.abs(row.getWidth() - available) > 0.5) {
            row.resize(available, row.getHeight());
        }
    }

    private void show(OutlineEntry entry) {
        if (entry == null) {
            return;
        }
        title.setText(entry.title());
        title.getStyleClass().remove("outline-section");
        if (!entry.isItem()) {
            title.getStyleClass().add("outline-section");
        }
        int n = entry.commentsProperty().get();
        count.setText(Integer.toString(n));
        count.setVisible(n > 0);
        Rating worst = entry.worstRatingProperty().get();
        mark.getStyleClass().removeAll(RatingStyle.all());
        mark.setIconCode(RatingStyle.mark(worst));
        if (worst != null) {
            mark.getStyleClass().add(RatingStyle.of(worst));
        }
        tip.setText(entry.path() + ": " + (n == 0 ? "no comments" : n + (n == 1 ? " comment" : " comments"))
                + (worst == null ? "" : ", most serious: " + worst.label()));
        setTooltip(tip);
    }
}
