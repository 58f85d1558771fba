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

    /** Waits until exactly one window shows over {@code main} and returns it. */
    public static Window dialogOver(Window main) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> over(main).size() == 1);
        return over(main).get(0);
    }
}
