package org.hardshipbinder.ui.binder;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Prints the exhibit index through the system's print dialog, one line per exhibit. */
final class IndexPrinter {

    private IndexPrinter() {
    }

    /** Whether the system has a printer, so that printing opens its print dialog. */
    static boolean hasPrinter() {
        try {
            return javafx.print.Printer.getDefaultPrinter() != null;
        } catch (RuntimeException headless) {
            return false;
        }
    }

    /** Returns false when there is no printer or the user cancelled the dialog. */
    static boolean print(Window owner, String title, List<String> lines) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        VBox page = new VBox(6);
        page.setPrefWidth(layout.getPrintableWidth());
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 16pt; -fx-font-weight: bold;");
        page.getChildren().add(heading);
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMaxWidth(layout.getPrintableWidth());
            page.getChildren().add(label);
        }
        boolean printed = job.printPage(page);
        return printed && job.endJob();
    }
}
