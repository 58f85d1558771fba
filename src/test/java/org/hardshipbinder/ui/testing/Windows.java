package org.hardshipbinder.ui.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The windows shown over the main window (dialogs), as a headless test sees them. */
public final class Windows {

    private Windows() {
    }

    public static List<Window> over(Window main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing()).toList();
    }

    /**
     * Waits until exactly one window shows over {@code main} and has its size (a window is showing a moment before
     * it is sized, longer on a loaded machine) and returns it.
     */
    public static Window dialogOver(Window main) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            List<Window> over = over(main);
            return over.size() == 1 && !Double.isNaN(over.get(0).getWidth()) && !Double.isNaN(over.get(0).getHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return over(main).get(0);
    }
}
