package org.kobai.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes a picture of the window to a PNG file and quits: how the screenshots in the documentation are
 * made ({@code -Dkobai.snapshot=file.png}), so they always show the current app.
 */
final class Snapshots {
    private Snapshots() {}

    static void saveAndExit(Scene scene, Path file) {
        // Give layout and the first chart paint a moment to settle.
        PauseTransition settle = new PauseTransition(Duration.millis(1200));
        settle.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException ex) {
                System.err.println("kobai: could not write " + file + ": " + ex.getMessage());
            }
            Platform.exit();
        });
        settle.play();
    }
}
