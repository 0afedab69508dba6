package io.fieldreport.desktop.notify;

import io.fieldreport.desktop.TimeWords;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The notifications panel at the window's right: everything still waiting for the inspector. */
public final class NotificationsView {

    private final NotificationCenter center;
    private final NoticeCards cards;
    private final Runnable close;

    public NotificationsView(NotificationCenter center, TimeWords time, Runnable close) {
        this.center = center;
        this.cards = new NoticeCards(center, time);
        this.close = close;
    }

    public Node create() {
        Label title = new Label("Notifications");
        title.getStyleClass().add("section-title");
        Button hide = new Button(null, new FontIcon(Material2AL.CLOSE));
        hide.setId("closeNotifications");
        hide.getStyleClass().addAll("flat", "button-circle");
        hide.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, hide);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox list = new VBox(10);
        list.setId("noticeList");
        Label empty = new Label("Nothing needs your attention.");
        empty.getStyleClass().add("muted");
        Runnable show = () -> {
            list.getChildren().setAll(center.listed().stream().map(n -> cards.card(n, "", () -> { })).toList());
            if (list.getChildren().isEmpty()) {
                list.getChildren().add(empty);
            }
        };
        center.listed().addListener((ListChangeListener<Notice>) c -> show.run());
        show.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("comments-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox drawer = new VBox(header, scroll);
        drawer.setId("notificationsPanel");
        drawer.getStyleClass().add("drawer");
        return drawer;
    }
}
