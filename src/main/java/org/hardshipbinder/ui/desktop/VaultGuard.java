package org.hardshipbinder.ui.desktop;

import java.time.Clock;
import java.util.List;
import javafx.stage.Window;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.security.IdleWatch;
import org.hardshipbinder.ui.security.LockView;
import org.hardshipbinder.ui.security.LockViewModel;
import org.hardshipbinder.ui.security.Screens;
import org.hardshipbinder.ui.security.VaultSecurityViewModel;
import org.hardshipbinder.ui.security.WorkCover;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.wiring.Services;

/**
 * Puts the idle lock and the vault's re-encryption on a window: watches its input, covers its screens with the
 * lock screen (or the re-encryption notice), and rebuilds them on the reopened vault where the user was.
 */
public final class VaultGuard implements Screens, AutoCloseable {

    private final DesktopUi ui;
    private final VaultSwitch vault;
    private final LockViewModel lock;
    private final VaultSecurityViewModel security;
    private final IdleWatch watch;

    /** {@code tasks}: the guard's own runner (the screens' one stops while the vault is closed). */
    public VaultGuard(DesktopUi ui, VaultOpener opener, TaskRunner tasks, Clock clock, AppPreferences preferences) {
        this.ui = ui;
        this.vault = new VaultSwitch(ui.services(), opener);
        this.lock = new LockViewModel(vault, this, tasks, clock, preferences::idleLockMinutes);
        this.security = new VaultSecurityViewModel(vault, this, tasks, lock::showLocked, lock::lock);
        ui.setSecurity(security);
        if (vault.writable()) {
            ui.setRestoring(new SessionRestoring(vault, ui, lock::showLocked, security::refresh));
        }
        this.watch = new IdleWatch(ui.scene(), lock);
        watch.start();
    }

    public LockViewModel lock() {
        return lock;
    }

    public VaultSecurityViewModel security() {
        return security;
    }

    /** The services of the open vault, or null while it is locked. */
    public Services services() {
        return vault.services();
    }

    @Override
    public void suspend() {
        vault.drain(ui.suspend());
        closeOtherWindows();
        ui.cover(new LockView(lock, ui.text()));
    }

    @Override
    public void suspendForWork(UserMessage what) {
        vault.drain(ui.suspend());
        closeOtherWindows();
        ui.cover(new WorkCover(what, ui.text()));
    }

    @Override
    public void resume() {
        ui.reopen(vault.services());
    }

    /** Dialogs, menus and notices over the window could show the case: they close with it. */
    private void closeOtherWindows() {
        Window main = ui.scene().getWindow();
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other != main && other.isShowing()) {
                other.hide();
            }
        }
    }

    /** Stops watching and closes the vault if it is open (the app quits). */
    @Override
    public void close() {
        watch.stop();
        vault.close();
    }
}
