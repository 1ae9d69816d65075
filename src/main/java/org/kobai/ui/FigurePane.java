package org.kobai.ui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.kobai.plot.Figure;

/**
 * Shows a figure's charts side by side, each on a canvas that fills its share and redraws when the chart
 * changes. Zooming and panning are off: lessons choose their windows so axes don't jump.
 */
public final class FigurePane extends HBox {
    private final Figure figure;
    private final List<ChartCanvas> canvases = new ArrayList<>();

    public FigurePane(Figure figure) {
        this.figure = figure;
        getStyleClass().add("figure-pane");
        setId("figure");
        setFocusTraversable(false);
        for (JFreeChart chart : figure.charts()) {
            ChartCanvas canvas = new ChartCanvas(chart);
            canvas.setDomainZoomable(false);
            canvas.setRangeZoomable(false);
            canvas.setTooltipEnabled(false);
            canvases.add(canvas);
            Region holder = new Region() {
                {
                    getChildren().add(canvas);
                    setMinSize(200, 160);
                    setPrefSize(640, 460);
                }

                @Override
                protected void layoutChildren() {
                    canvas.setLayoutX(0);
                    canvas.setLayoutY(0);
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                }
            };
            HBox.setHgrow(holder, Priority.ALWAYS);
            getChildren().add(holder);
        }
    }

    public Figure figure() { return figure; }

    public List<ChartCanvas> canvases() { return List.copyOf(canvases); }

    /**
     * Converts a point on the {@code index}-th canvas (in its own coordinates) to data coordinates of its
     * x–y plot; null when the point is outside the plot area.
     */
    public double[] toData(int index, double canvasX, double canvasY) {
        ChartCanvas canvas = canvases.get(index);
        if (!(canvas.getChart().getPlot() instanceof XYPlot plot) || canvas.getRenderingInfo() == null) {
            return null;
        }
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(new Point2D.Double(canvasX, canvasY))) {
            return null;
        }
        double x = plot.getDomainAxis().java2DToValue(canvasX, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(canvasY, area, plot.getRangeAxisEdge());
        return new double[] {x, y};
    }
}
