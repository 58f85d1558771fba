package org.hardshipbinder.ui.notify;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows notices as ControlsFX notifications at the bottom right of the main window. */
public final class PopupNotifier extends Notifier {

    private static final Logger LOG = Logger.getLogger(PopupNotifier.class.getName());
    private final Supplier<Window> owner;

    public PopupNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    protected void show(Notice notice) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        try {
            Notifications popup = Notifications.create().owner(window).title(notice.title())
                    .text(String.join("\n", notice.details())).hideAfter(Duration.seconds(notice.kind() == Notice.Kind.INFORMATION ? 6 : 15));
            switch (notice.kind()) {
                case INFORMATION -> popup.showInformation();
                case WARNING -> popup.showWarning();
                case ERROR -> popup.showError();
            }
        } catch (RuntimeException e) {
            // The notice stays in the history panel; a pop-up that cannot be drawn is not worth interrupting the user.
            LOG.log(Level.FINE, "notification pop-up not shown", e);
        }
    }
}
