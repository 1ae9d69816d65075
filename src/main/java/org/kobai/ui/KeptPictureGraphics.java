package org.kobai.ui;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.lang.reflect.Field;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.fx.FXGraphics2D;
import org.kobai.plot.KeptPicture;

/**
 * The canvas graphics of a chart on screen, which converts a {@link KeptPicture} (a heat map with its
 * contours) to a JavaFX image once and draws that at later redraws. FXGraphics2D converts every image at
 * every draw; for the descent lesson's map that conversion was a fifth of each update on screen.
 */
final class KeptPictureGraphics extends FXGraphics2D {
    private final GraphicsContext gc;
    private BufferedImage converted;
    private WritableImage conversion;
    private int conversions;

    KeptPictureGraphics(GraphicsContext gc) {
        super(gc);
        this.gc = gc;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        if (!(img instanceof BufferedImage picture) || !KeptPicture.isKept(picture)) {
            return super.drawImage(img, x, y, width, height, observer);
        }
        if (picture != converted) {
            conversion = SwingFXUtils.toFXImage(picture, null);
            converted = picture;
            conversions++;
        }
        gc.drawImage(conversion, x, y, width, height);
        return true;
    }

    /** How many kept pictures were converted so far (each picture once). */
    int conversions() { return conversions; }

    /** The graphics the canvas draws through, if {@link #install} gave it these. */
    static java.util.Optional<KeptPictureGraphics> of(ChartCanvas canvas) {
        try {
            return graphicsField().get(canvas) instanceof KeptPictureGraphics k
                    ? java.util.Optional.of(k) : java.util.Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The chart canvas's private field holding the graphics it draws through. */
    private static Field graphicsField() throws NoSuchFieldException {
        Field g2 = ChartCanvas.class.getDeclaredField("g2");
        g2.setAccessible(true);
        return g2;
    }

    /**
     * Gives the chart canvas these graphics in place of its own. jfreechart-fx keeps them in a private field;
     * when a later version changes that, the canvas keeps its own graphics and draws as before, only slower.
     *
     * @return whether the canvas now draws through these graphics
     */
    static boolean install(ChartCanvas canvas) {
        try {
            graphicsField().set(canvas, new KeptPictureGraphics(canvas.getGraphicsContext2D()));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
