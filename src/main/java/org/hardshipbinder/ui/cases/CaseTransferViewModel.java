package org.hardshipbinder.ui.cases;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.transfer.CaseExporter;
import org.hardshipbinder.transfer.CaseImporter;
import org.hardshipbinder.transfer.ExportOutcome;
import org.hardshipbinder.transfer.ImportOutcome;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.Passphrase;

/**
 * "Export case…" and "Import case…" on the start screen: the passphrase checked, the work (key derivation, reading
 * and writing the whole case) in the background, the outcome as one sentence.
 */
public final class CaseTransferViewModel {

    static final String EXTENSION = ".hbcase";

    private final CaseExporter exporter;
    private final CaseImporter importer;
    private final TaskRunner tasks;
    private final UiText text;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    public CaseTransferViewModel(CaseExporter exporter, CaseImporter importer, TaskRunner tasks, UiText text) {
        this.exporter = exporter;
        this.importer = importer;
        this.tasks = tasks;
        this.text = text;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the last export or import was refused (the message says why). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** A file name for the case: its title or applicant, without characters file systems refuse. */
    public String suggestedFileName(Case c) {
        String name = c.displayTitle().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip().replaceAll("\\s+", " ");
        return (name.isEmpty() ? "case" : name) + EXTENSION;
    }

    /** Why a new passphrase and its repetition cannot be used, if they cannot. */
    public Optional<String> checkNewPassphrase(char[] passphrase, char[] again) {
        if (passphrase.length == 0) {
            return Optional.of(text.get("transfer.export.noPassphrase"));
        }
        if (!Arrays.equals(passphrase, again)) {
            return Optional.of(text.get("transfer.ui.passphraseMismatch"));
        }
        return Optional.empty();
    }

    public void export(Case c, Path file, char[] passphrase) {
        start(text.get("transfer.ui.exporting"));
        Passphrase secret = passphrase.length == 0 ? Passphrase.none() : Passphrase.of(passphrase);
        Arrays.fill(passphrase, '\0');
        tasks.run(() -> exporter.export(c.id(), file, secret), outcome -> {
            busy.set(false);
            if (outcome instanceof ExportOutcome.Exported done) {
                failed.set(false);
                message.set(text.get("transfer.ui.exported", done.file(), megabytes(done.bytes())));
            } else {
                refused(text.format(((ExportOutcome.Refused) outcome).reason()));
            }
        }, this::showError);
    }

    /** Imports the file; {@code onImported} gets the new case's id (on the UI thread). */
    public void importFile(Path file, char[] passphrase, LongConsumer onImported) {
        start(text.get("transfer.ui.importing"));
        Passphrase secret = passphrase.length == 0 ? Passphrase.none() : Passphrase.of(passphrase);
        Arrays.fill(passphrase, '\0');
        tasks.run(() -> importer.importFile(file, secret), outcome -> {
            busy.set(false);
            if (outcome instanceof ImportOutcome.Imported done) {
                failed.set(false);
                message.set(text.get("transfer.ui.imported", file.getFileName()));
                onImported.accept(done.caseId());
            } else {
                refused(text.format(((ImportOutcome.Refused) outcome).reason()));
            }
        }, this::showError);
    }

    private void start(String what) {
        busy.set(true);
        failed.set(false);
        message.set(what);
    }

    private void refused(String why) {
        failed.set(true);
        message.set(why);
    }

    private void showError(Throwable e) {
        busy.set(false);
        refused(text.error(e));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
