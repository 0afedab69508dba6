package io.fieldreport.desktop;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * FieldReport's icon, the clipboard with the house (installers/icons/generate.sh makes its sizes):
 * the same picture in the title bar, the task switcher, the installers and the app's own header.
 */
public final class AppIcon {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** Every size, for the window: the title bar and task switcher pick the one they need. */
    public static List<Image> windowIcons() {
        return IntStream.of(SIZES).mapToObj(size -> new Image(url(size))).toList();
    }

    /** The icon drawn {@code size} pixels square, sharp on a screen that scales by two. */
    public static ImageView view(double size) {
        int source = IntStream.of(SIZES).filter(s -> s >= size * 2).findFirst().orElse(SIZES[SIZES.length - 1]);
        ImageView view = new ImageView(new Image(url(source), size * 2, size * 2, true, true));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        view.getStyleClass().add("app-icon");
        return view;
    }

    private static String url(int size) {
        return AppIcon.class.getResource("icons/fieldreport-" + size + ".png").toExternalForm();
    }
}
