package io.fieldreport.desktop.window;

import java.util.Optional;
import java.util.UUID;

/**
 * How the main window looked when it closed, and which inspection was open, so the next start
 * carries on where the inspector stopped. Position is NaN when never stored (the window is centred).
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          Optional<UUID> openInspection) {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT,
            false, Optional.empty());

    /** Smaller than this, the editor's three panes do not fit. */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    public WindowState {
        width = Math.max(MIN_WIDTH, Double.isNaN(width) ? DEFAULT_WIDTH : width);
        height = Math.max(MIN_HEIGHT, Double.isNaN(height) ? DEFAULT_HEIGHT : height);
        openInspection = openInspection == null ? Optional.empty() : openInspection;
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
