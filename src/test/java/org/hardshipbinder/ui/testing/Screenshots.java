package org.hardshipbinder.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a PNG of the whole scene, headlessly (scene.snapshot on the FX thread, then SwingFXUtils). */
public final class Screenshots {

    /** Where screenshots go: -Dscreenshots.dir=docs/screenshots to refresh the committed ones, else target/. */
    public static Path folder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }

    private Screenshots() {
    }

    public static Path write(Scene scene, String name) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(20, TimeUnit.SECONDS);
        Path file = folder().resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
