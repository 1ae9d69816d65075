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

    /** Waits {@code settleSeconds} (layout and the first chart paint settle; a walkthrough gets going). */
    static void saveAndExit(Scene scene, Path file, double settleSeconds) {
        PauseTransition settle = new PauseTransition(Duration.seconds(settleSeconds));
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
