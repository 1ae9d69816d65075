package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a figure's charts side by side onto any Graphics2D: an image, an SVG document, or (through
 * FXGraphics2D) the screen. Export and the benchmark go through here.
 */
public final class FigureRenderer {
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 8000;

    private FigureRenderer() {}

    /** Paints every chart into its share of the width, left to right. */
    public static void draw(Graphics2D g2, List<JFreeChart> charts, double width, double height) {
        drawPanels(g2, charts.stream().<FigurePanel>map(FigurePanel.Flat::new).toList(), width, height);
    }

    /** Paints every panel of the figure (charts and surfaces) into its share of the width, left to right. */
    public static void draw(Graphics2D g2, Figure figure, double width, double height) {
        drawPanels(g2, figure.panels(), width, height);
    }

    private static void drawPanels(Graphics2D g2, List<FigurePanel> panels, double width, double height) {
        double w = width / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g2, new Rectangle2D.Double(i * w, 0, w, height));
        }
    }

    public static BufferedImage toImage(Figure figure, int width, int height) {
        requireSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            draw(g2, figure, width, height);
        } finally {
            g2.dispose();
        }
        return image;
    }

    public static String toSvg(Figure figure, int width, int height) {
        requireSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        draw(g2, figure, width, height);
        return g2.getSVGDocument();
    }

    /** Writes PNG or SVG by the file's extension; the file appears whole or not at all. */
    public static void write(Figure figure, int width, int height, Path out) throws IOException {
        ExportFormat format = ExportFormat.of(out);
        AtomicFile.write(out, os -> {
            if (format == ExportFormat.SVG) {
                os.write(toSvg(figure, width, height).getBytes(StandardCharsets.UTF_8));
            } else if (!ImageIO.write(toImage(figure, width, height), "png", os)) {
                throw new IOException("No PNG writer available.");
            }
        });
    }

    static void requireSize(int width, int height) {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "size must be between %dx%d and %dx%d, got %dx%d",
                    MIN_SIZE, MIN_SIZE, MAX_SIZE, MAX_SIZE, width, height));
        }
    }

    /** The figure file formats, chosen by extension. */
    public enum ExportFormat {
        PNG, SVG;

        public static ExportFormat of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            throw new IllegalArgumentException("the file name must end in .png or .svg: " + file.getFileName());
        }
    }
}
