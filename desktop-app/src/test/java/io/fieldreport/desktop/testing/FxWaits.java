package io.fieldreport.desktop.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for what a user would see, shared by the tests and the screenshot tour. */
public final class FxWaits {

    private FxWaits() {
    }

    /** Shown to the user: the node and all its parents visible, in a window that shows. */
    public static boolean shown(Node n) {
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds. A condition that throws (a
     * node not there yet) counts as not yet; the last such exception is kept with the timeout.
     */
    public static void until(String what, long seconds, Callable<Boolean> condition) {
        RuntimeException[] last = {null};
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.call();
                } catch (RuntimeException e) {
                    last[0] = e;
                    return false;
                }
            }).get());
        } catch (TimeoutException e) {
            AssertionError failure = new AssertionError("waited " + seconds + " s for " + what, e);
            if (last[0] != null) {
                failure.addSuppressed(last[0]);
            }
            throw failure;
        }
    }
}
