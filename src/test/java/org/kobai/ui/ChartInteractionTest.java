package org.kobai.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.math.Grid2D;
import org.kobai.plot.ColorMap;
import org.kobai.plot.Dash;
import org.kobai.plot.Figure;
import org.kobai.plot.FigurePanel;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.SurfaceFigure;
import org.kobai.plot.XYFigure;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Mouse gestures on a real FigurePane, headless: synthetic mouse events at data coordinates. */
class ChartInteractionTest {
    private static final double TOL = 0.02;
    private XYFigure xy;
    private FigurePane pane;
    private ChartCanvas canvas;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showFigure() throws Exception {
        xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(-5, 5, -5, 5);
        xy.line(null, 0, 2, Dash.SOLID).set(new double[] {-5, 5}, new double[] {-2.5, 2.5});
        Figure figure = new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle style) { xy.applyStyle(style); }
        };
        pane = fx(() -> {
            FigurePane p = new FigurePane(figure);
            new Scene(p, 800, 600);
            p.applyCss();
            p.layout();
            return p;
        });
        canvas = pane.canvases().get(0);
        assertThat(pane.toData(0, canvas.getWidth() / 2, canvas.getHeight() / 2)).isNotNull();
    }

    @Test
    void dragAlongACurveReportsClampedX() throws Exception {
        List<Double> heard = new ArrayList<>();
        double[] x = {1};
        fx(() -> pane.interaction(0).dragAlongCurve(t -> t / 2, () -> x[0], v -> {
            heard.add(v);
            x[0] = v;
        }));
        // grab the point at (1, 0.5), drag to x = 3, then far past the right edge
        mouse(MouseEvent.MOUSE_PRESSED, 1, 0.5, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, 3, 2.9, MouseButton.PRIMARY);
        assertThat(x[0]).isCloseTo(3, within(TOL));
        dragToCanvas(canvas.getWidth() - 1, 20);
        assertThat(x[0]).isEqualTo(5.0);
        mouse(MouseEvent.MOUSE_RELEASED, 4, 0, MouseButton.PRIMARY);
        int count = heard.size();
        // far from the point and the curve nothing is grabbed
        mouse(MouseEvent.MOUSE_PRESSED, -3, 4, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, -2, 4, MouseButton.PRIMARY);
        assertThat(heard).hasSize(count);
    }

    @Test
    void verticalLinesAreDraggedSideways() throws Exception {
        double[] a = {-1}, b = {2};
        fx(() -> {
            pane.interaction(0).dragLine(() -> a[0], v -> a[0] = v);
            pane.interaction(0).dragLine(() -> b[0], v -> b[0] = v);
            return null;
        });
        // grab b anywhere along its height, drag it to x = 3.5
        mouse(MouseEvent.MOUSE_MOVED, 2, -4, MouseButton.NONE);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.H_RESIZE);
        mouse(MouseEvent.MOUSE_PRESSED, 2, -4, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, 3.5, 0, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 3.5, 0, MouseButton.PRIMARY);
        assertThat(b[0]).isCloseTo(3.5, within(TOL));
        assertThat(a[0]).isEqualTo(-1);
        // a follows only its own line, and stays inside the window
        mouse(MouseEvent.MOUSE_PRESSED, -1, 3, MouseButton.PRIMARY);
        dragToCanvas(1, 20);
        mouse(MouseEvent.MOUSE_RELEASED, -4, 3, MouseButton.PRIMARY);
        assertThat(a[0]).isEqualTo(-5.0);
        // between the lines nothing is grabbed
        mouse(MouseEvent.MOUSE_PRESSED, 0.5, 0, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, 1, 0, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 1, 0, MouseButton.PRIMARY);
        assertThat(a[0]).isEqualTo(-5.0);
        assertThat(b[0]).isCloseTo(3.5, within(TOL));
    }

    @Test
    void cursorShowsWhatAPressWouldDo() throws Exception {
        fx(() -> pane.interaction(0).dragAlongCurve(t -> t / 2, () -> 0.0, v -> { }));
        mouse(MouseEvent.MOUSE_MOVED, 2, 1, MouseButton.NONE);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.HAND);
        mouse(MouseEvent.MOUSE_MOVED, 2, 4, MouseButton.NONE);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.DEFAULT);
        mouse(MouseEvent.MOUSE_PRESSED, 2, 1, MouseButton.PRIMARY);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.CLOSED_HAND);
        mouse(MouseEvent.MOUSE_RELEASED, 2, 1, MouseButton.PRIMARY);
    }

    @Test
    void pointsAreMovedAddedAndRemoved() throws Exception {
        List<double[]> pts = new ArrayList<>(List.of(new double[] {-2, 1}, new double[] {3, -1}));
        List<String> log = new ArrayList<>();
        fx(() -> pane.interaction(0).editPoints(() -> columns(pts), new PointEdits() {
            @Override public void moved(int i, double x, double y) {
                pts.set(i, new double[] {x, y});
                log.add("moved " + i);
            }

            @Override public void added(double x, double y) {
                pts.add(new double[] {x, y});
                log.add("added");
            }

            @Override public void removed(int i) {
                pts.remove(i);
                log.add("removed " + i);
            }
        }));
        mouse(MouseEvent.MOUSE_PRESSED, 3.05, -0.95, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, 4, 2, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 4, 2, MouseButton.PRIMARY);
        assertThat(pts.get(1)[0]).isCloseTo(4, within(TOL));
        assertThat(pts.get(1)[1]).isCloseTo(2, within(TOL));
        // click on empty space adds a point there
        mouse(MouseEvent.MOUSE_PRESSED, 0, -3, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 0, -3, MouseButton.PRIMARY);
        assertThat(pts).hasSize(3);
        assertThat(pts.get(2)[1]).isCloseTo(-3, within(TOL));
        // a drag that starts on empty space adds nothing
        mouse(MouseEvent.MOUSE_PRESSED, -4, -4, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, -1, -4, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, -1, -4, MouseButton.PRIMARY);
        assertThat(pts).hasSize(3);
        // secondary click on the first point removes it
        mouse(MouseEvent.MOUSE_PRESSED, -2, 1, MouseButton.SECONDARY);
        mouse(MouseEvent.MOUSE_RELEASED, -2, 1, MouseButton.SECONDARY);
        assertThat(log).containsExactly("moved 1", "added", "removed 0");
        assertThat(pts).hasSize(2);
    }

    @Test
    void hitRadiusGrowsWithThePresentationScale() throws Exception {
        List<double[]> pts = List.of(new double[] {0, 0});
        List<Integer> grabbed = new ArrayList<>();
        fx(() -> pane.interaction(0).editPoints(() -> columns(pts), (i, x, y) -> grabbed.add(i)).allowAdding(false));
        ChartInteraction interaction = pane.interaction(0);
        double pxPerUnit = pixelsPerUnit();
        // 15 px to the right of the point: outside 10 px, inside 20 px
        double off = 15 / pxPerUnit;
        mouse(MouseEvent.MOUSE_MOVED, off, 0, MouseButton.NONE);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.DEFAULT);
        fx(() -> {
            pane.setPresentationScale(2);
            return null;
        });
        assertThat(interaction.hitRadius()).isEqualTo(2 * ChartInteraction.BASE_HIT_RADIUS);
        mouse(MouseEvent.MOUSE_MOVED, off, 0, MouseButton.NONE);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.HAND);
        mouse(MouseEvent.MOUSE_PRESSED, off, 0, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_DRAGGED, 1, 1, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 1, 1, MouseButton.PRIMARY);
        assertThat(grabbed).contains(0);
    }

    @Test
    void clickSetsAPointAndEarlierGesturesWin() throws Exception {
        List<double[]> clicks = new ArrayList<>();
        List<Double> dragged = new ArrayList<>();
        fx(() -> {
            pane.interaction(0).dragAlongCurve(t -> t / 2, () -> 0.0, dragged::add);
            pane.interaction(0).clickToSet((x, y) -> clicks.add(new double[] {x, y}));
            return null;
        });
        mouse(MouseEvent.MOUSE_MOVED, -3, 3, MouseButton.NONE);
        assertThat(canvas.getCursor()).isEqualTo(Cursor.CROSSHAIR);
        mouse(MouseEvent.MOUSE_PRESSED, -3, 3, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, -3, 3, MouseButton.PRIMARY);
        assertThat(clicks).hasSize(1);
        assertThat(clicks.get(0)[0]).isCloseTo(-3, within(TOL));
        assertThat(clicks.get(0)[1]).isCloseTo(3, within(TOL));
        // on the curve the drag gesture, added first, takes the press
        mouse(MouseEvent.MOUSE_PRESSED, 2, 1, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 2, 1, MouseButton.PRIMARY);
        assertThat(clicks).hasSize(1);
        assertThat(dragged).hasSize(1);
        // outside the plot area nothing happens
        mouseAtCanvas(MouseEvent.MOUSE_PRESSED, 2, 2, MouseButton.PRIMARY);
        assertThat(clicks).hasSize(1);
    }

    @Test
    void disabledGesturesStayQuiet() throws Exception {
        List<double[]> clicks = new ArrayList<>();
        ClickToSet click = fx(() -> pane.interaction(0).clickToSet((x, y) -> clicks.add(new double[] {x, y})));
        click.setEnabled(false);
        mouse(MouseEvent.MOUSE_PRESSED, 1, 1, MouseButton.PRIMARY);
        mouse(MouseEvent.MOUSE_RELEASED, 1, 1, MouseButton.PRIMARY);
        assertThat(clicks).isEmpty();
    }

    @Test
    void surfacesGetARotatableViewer() throws Exception {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.set(Grid2D.sample((x, y) -> x * x + y * y, -1, 1, 21, -1, 1, 21));
        Figure both = new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle style) { }
            @Override public List<FigurePanel> panels() { return List.of(new FigurePanel.Flat(xy.chart()), s.panel()); }
        };
        FigurePane p = fx(() -> {
            FigurePane fp = new FigurePane(both);
            new Scene(fp, 1000, 500);
            fp.applyCss();
            fp.layout();
            return fp;
        });
        assertThat(p.canvases()).hasSize(1);
        assertThat(p.surfaceViewers()).hasSize(1);
        assertThat(p.surfaceViewers().get(0).getChart()).isSameAs(s.chart());
        assertThat(p.surfaceViewers().get(0).getWidth()).isGreaterThan(300);
        // a drag on the viewer turns the view
        var view = s.chart().getViewPoint();
        double theta = view.getTheta(), phi = view.getPhi();
        var viewerCanvas = p.surfaceViewers().get(0).getCanvas();
        fx(() -> {
            fire(viewerCanvas, MouseEvent.MOUSE_PRESSED, 200, 200, MouseButton.PRIMARY);
            fire(viewerCanvas, MouseEvent.MOUSE_DRAGGED, 260, 230, MouseButton.PRIMARY);
            fire(viewerCanvas, MouseEvent.MOUSE_RELEASED, 260, 230, MouseButton.PRIMARY);
            return null;
        });
        var after = s.chart().getViewPoint();
        assertThat(after.getTheta() != theta || after.getPhi() != phi).isTrue();
    }

    // ---- helpers ----

    private static double[][] columns(List<double[]> pts) {
        double[][] c = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            c[0][i] = pts.get(i)[0];
            c[1][i] = pts.get(i)[1];
        }
        return c;
    }

    private double pixelsPerUnit() throws Exception {
        return fx(() -> {
            PlotCoordinates c = new PlotCoordinates(canvas);
            return c.screenX(1) - c.screenX(0);
        });
    }

    private void mouse(EventType<MouseEvent> type, double x, double y, MouseButton button) throws Exception {
        fx(() -> {
            PlotCoordinates c = new PlotCoordinates(canvas);
            fire(canvas, type, c.screenX(x), c.screenY(y), button);
            return null;
        });
    }

    private void mouseAtCanvas(EventType<MouseEvent> type, double sx, double sy, MouseButton button) throws Exception {
        fx(() -> {
            fire(canvas, type, sx, sy, button);
            return null;
        });
    }

    private void dragToCanvas(double sx, double sy) throws Exception {
        mouseAtCanvas(MouseEvent.MOUSE_DRAGGED, sx, sy, MouseButton.PRIMARY);
    }

    /** Fires a mouse event at canvas-local (sx, sy); the event carries scene coordinates. */
    private static void fire(javafx.scene.Node target, EventType<MouseEvent> type, double sx, double sy,
                             MouseButton button) {
        Point2D scene = target.localToScene(sx, sy);
        boolean down = type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_DRAGGED;
        MouseEvent e = new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), button, 1,
                false, false, false, false, down && button == MouseButton.PRIMARY, false,
                down && button == MouseButton.SECONDARY, false, button == MouseButton.SECONDARY, true, null);
        Event.fireEvent(target, e);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
