package org.hardshipbinder.ui.document;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.hardshipbinder.model.Word;

/** The page image at the chosen zoom and view rotation, with the search hits drawn over it from the word boxes. */
final class PageViewer extends ScrollPane {

    private final DocumentViewModel viewModel;
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();

    PageViewer(DocumentViewModel viewModel, String accessibleText) {
        this.viewModel = viewModel;
        setId("pageViewer");
        setAccessibleText(accessibleText);
        getStyleClass().add("page-view");
        setPannable(true);
        setFitToWidth(true);
        setFitToHeight(true);
        image.setPreserveRatio(true);
        image.imageProperty().bind(viewModel.pageImageProperty());
        overlay.setMouseTransparent(true);
        overlay.setId("hitOverlay");
        StackPane page = new StackPane(image, overlay);
        Group rotated = new Group(page);
        page.rotateProperty().bind(viewModel.viewRotationProperty());
        StackPane centered = new StackPane(rotated);
        centered.getStyleClass().add("page-view");
        setContent(centered);
        InvalidationListener relayout = o -> layoutPage();
        viewModel.zoomProperty().addListener(relayout);
        viewModel.pageImageProperty().addListener(relayout);
        viewModel.hits().addListener(relayout);
        layoutPage();
    }

    private void layoutPage() {
        double width = DocumentViewModel.BASE_WIDTH * viewModel.zoomProperty().get();
        image.setFitWidth(width);
        double height = viewModel.pageImageProperty().get() == null ? width * 11 / 8.5
                : width * viewModel.pageImageProperty().get().getHeight() / viewModel.pageImageProperty().get().getWidth();
        overlay.setPrefSize(width, height);
        overlay.setMaxSize(width, height);
        overlay.getChildren().clear();
        for (Word word : viewModel.hits()) {
            Rectangle2D at = HitBoxes.highlight(word, width, height);
            Rectangle box = new Rectangle(at.getMinX(), at.getMinY(), at.getWidth(), at.getHeight());
            box.getStyleClass().add("hit-box");
            overlay.getChildren().add(box);
        }
    }
}
