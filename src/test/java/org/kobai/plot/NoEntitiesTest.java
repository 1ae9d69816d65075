package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;

/** A redraw makes no hit-test entity per point: nothing uses them, and they were most of a redraw's garbage. */
class NoEntitiesTest {
    @Test
    void drawingCurvesPointsAndBarsMakesNoItemEntities() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(0, 10, 0, 10);
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 50.0;
            y[i] = 5 + 4 * Math.sin(x[i]);
        }
        xy.line("curve", 0, 2, Dash.SOLID).set(x, y);
        xy.points("points", 1, 8).set(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        xy.chart().draw(g2, new Rectangle2D.Double(0, 0, 400, 300), info);
        g2.dispose();
        assertThat(info.getEntityCollection().getEntities()).noneMatch(e -> e instanceof XYItemEntity);
    }
}
