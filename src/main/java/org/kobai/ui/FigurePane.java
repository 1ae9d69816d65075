package org.kobai.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart3d.Chart3D;
import org.jfree.chart3d.fx.Chart3DViewer;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.kobai.plot.Figure;
import org.kobai.plot.FigurePanel;

/**
 * Shows a figure's panels side by side: each flat chart on a canvas that fills its share and redraws when
 * the chart changes, each 3-D surface in a viewer the user turns by dragging. Zooming and panning of flat
 * charts are off: lessons choose their windows so axes don't jump. Mouse gestures on a flat chart are
 * added through {@link #interaction(int)}.
 */
public final class FigurePane extends HBox {
    private final Figure figure;
    private final List<ChartCanvas> canvases = new ArrayList<>();
    private final List<Chart3DViewer> surfaces = new ArrayList<>();
    private final List<ChartInteraction> interactions = new ArrayList<>();
    private final Map<Object, Region> holders = new IdentityHashMap<>();
    private List<FigurePanel> shown = List.of();
    private double presentationScale = 1;

    public FigurePane(Figure figure) {
        this.figure = figure;
        getStyleClass().add("figure-pane");
        setId("figure");
        // Reached by Tab: a lesson host gives it an audio trace and a description (FigureTrace).
        setFocusTraversable(false);
        addEventHandler(KeyEvent.KEY_PRESSED, this::turnByKey);
        showPanels(figure.panels());
    }

    /**
     * Shows the figure's panels again if they changed: a lesson step may put a surface where a chart was.
     * Each chart keeps its canvas (and its mouse gestures) while it is away.
     */
    public void refreshPanels() {
        List<FigurePanel> now = figure.panels();
        if (!now.equals(shown)) {
            showPanels(now);
        }
    }

    private void showPanels(List<FigurePanel> panels) {
        List<Node> nodes = new ArrayList<>();
        for (FigurePanel panel : panels) {
            Object chart = panel instanceof FigurePanel.Flat flat ? flat.chart() : ((FigurePanel.Surface) panel).chart();
            nodes.add(holders.computeIfAbsent(chart, c -> holderFor(panel)));
        }
        getChildren().setAll(nodes);
        shown = List.copyOf(panels);
    }

    /**
     * Ctrl+arrows turn the 3-D surfaces shown (left and right around, up and down over), as a drag does:
     * the keyboard reaches every view a mouse does.
     */
    private void turnByKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown() || surfaceViewers().isEmpty()) {
            return;
        }
        double step = e.isShiftDown() ? TURN_STEP / 5 : TURN_STEP;
        for (FigurePanel panel : shown) {
            if (panel instanceof FigurePanel.Surface surface) {
                ViewPoint3D v = surface.chart().getViewPoint();
                switch (e.getCode()) {
                    case LEFT -> v.panLeftRight(-step);
                    case RIGHT -> v.panLeftRight(step);
                    case UP -> v.moveUpDown(-step);
                    case DOWN -> v.moveUpDown(step);
                    default -> {
                        return;
                    }
                }
                surface.chart().setViewPoint(v);
                e.consume();
            }
        }
    }

    /** How far one Ctrl+arrow turns a surface: 5 degrees (Shift: 1). */
    static final double TURN_STEP = Math.toRadians(5);

    private Region holderFor(FigurePanel panel) {
        if (panel instanceof FigurePanel.Flat flat) {
            ChartCanvas canvas = new ChartCanvas(flat.chart());
            KeptPictureGraphics.install(canvas);
            canvas.setDomainZoomable(false);
            canvas.setRangeZoomable(false);
            canvas.setTooltipEnabled(false);
            canvases.add(canvas);
            interactions.add(null);
            return holding(canvas);
        }
        // No context menu: its export entries would bypass the app's own export.
        Chart3D chart = ((FigurePanel.Surface) panel).chart();
        Chart3DViewer viewer = new Chart3DViewer(chart, false);
        surfaces.add(viewer);
        // The viewer turns the view point in place, without a change event: announce each finished turn,
        // so the lesson keeps the angle (and a scene saves it).
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> chart.setViewPoint(chart.getViewPoint()));
        // Fit the box to the viewer whenever its size changes, as the export does: a narrow panel would
        // otherwise cut off the box and put the colour bar over it.
        javafx.beans.InvalidationListener fit = o -> {
            if (viewer.getWidth() > 0 && viewer.getHeight() > 0) {
                viewer.getCanvas().zoomToFit(viewer.getWidth(), viewer.getHeight());
            }
        };
        viewer.widthProperty().addListener(fit);
        viewer.heightProperty().addListener(fit);
        return holding(viewer);
    }

    private static Region holding(Node content) {
        Region holder = new Region() {
            {
                getChildren().add(content);
                setMinSize(200, 160);
                setPrefSize(640, 460);
            }

            @Override
            protected void layoutChildren() {
                if (content instanceof ChartCanvas canvas) {
                    canvas.setLayoutX(0);
                    canvas.setLayoutY(0);
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                } else {
                    content.resizeRelocate(0, 0, getWidth(), getHeight());
                }
            }
        };
        HBox.setHgrow(holder, Priority.ALWAYS);
        return holder;
    }

    public Figure figure() { return figure; }

    /** The canvases of the flat charts in the order they were first shown (surfaces not included). */
    public List<ChartCanvas> canvases() { return List.copyOf(canvases); }

    /** The viewers of the 3-D surfaces in the order they were first shown. */
    public List<Chart3DViewer> surfaceViewers() { return List.copyOf(surfaces); }

    /** The mouse gestures of the {@code index}-th flat chart; made on first use. */
    public ChartInteraction interaction(int index) {
        ChartInteraction i = interactions.get(index);
        if (i == null) {
            i = new ChartInteraction(canvases.get(index));
            i.setPresentationScale(presentationScale);
            interactions.set(index, i);
        }
        return i;
    }

    /** Grows hit radii with the presentation scale, as the figure's points grow. */
    public void setPresentationScale(double scale) {
        presentationScale = scale;
        interactions.stream().filter(i -> i != null).forEach(i -> i.setPresentationScale(scale));
    }

    /**
     * Converts a point on the {@code index}-th canvas (in its own coordinates) to data coordinates of its
     * x–y plot; null when the point is outside the plot area.
     */
    public double[] toData(int index, double canvasX, double canvasY) {
        PlotCoordinates c = new PlotCoordinates(canvases.get(index));
        if (!c.inside(canvasX, canvasY)) {
            return null;
        }
        return new double[] {c.dataX(canvasX), c.dataY(canvasY)};
    }
}
