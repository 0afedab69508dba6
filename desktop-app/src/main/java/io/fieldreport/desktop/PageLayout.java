package io.fieldreport.desktop;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The shape the screens share: a title, and a column of readable width centred in a wide window. */
public final class PageLayout {

    private PageLayout() {
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("page-title");
        return title;
    }

    /** A page with {@code id} whose children stack in a centred column, scrolling when the window is short. */
    public static BorderPane scrollingColumn(String id, double maxWidth, Node... children) {
        VBox content = new VBox(children);
        content.getStyleClass().add("page-content");
        content.setMaxWidth(maxWidth);
        HBox column = new HBox(content);
        column.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(content, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        BorderPane page = new BorderPane(scroll);
        page.setId(id);
        page.getStyleClass().add("page");
        return page;
    }
}
