package org.kobai.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.fx.ChartCanvas;

/**
 * The mouse on one chart of a {@link FigurePane}: gestures added here (drag a point along a curve, edit
 * scatter points, click to set a point) are tried in the order they were added, so add the specific ones
 * (points) before the catch-all ones (click anywhere). A press a gesture takes never reaches the chart's
 * own handlers; the cursor shows what a press would do.
 */
public final class ChartInteraction {
    /** The hit radius at presentation scale 1, in pixels: about a fingertip on a touch pad. */
    public static final double BASE_HIT_RADIUS = 10;

    private final ChartCanvas canvas;
    private final PlotCoordinates coordinates;
    private final List<Gesture> gestures = new ArrayList<>();
    private Gesture active;
    private boolean pressTaken;
    private double scale = 1;

    ChartInteraction(ChartCanvas canvas) {
        this.canvas = canvas;
        this.coordinates = new PlotCoordinates(canvas);
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, e -> updateCursor(e.getX(), e.getY()));
        canvas.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            if (active == null) {
                canvas.setCursor(Cursor.DEFAULT);
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null) {
                active.drag(e);
                e.consume();
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (active != null) {
                active.release(e);
                active = null;
                e.consume();
                updateCursor(e.getX(), e.getY());
            }
        });
        // The click that ends a taken press is ours too, or the chart would move its anchor.
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (pressTaken) {
                pressTaken = false;
                e.consume();
            }
        });
    }

    /**
     * A point on y = f(x) the user drags: {@code onX} hears the new x (inside the window).
     *
     * @param curve    the curve the point rides on
     * @param currentX where the point is now (read on every event)
     * @param onX      receives the dragged x
     */
    public CurveDrag dragAlongCurve(DoubleUnaryOperator curve, DoubleSupplier currentX, DoubleConsumer onX) {
        return add(new CurveDrag(this, curve, currentX, onX));
    }

    /**
     * Scatter points the user drags, adds (click on empty space) and removes (secondary click).
     *
     * @param points the points now, as {x[], y[]} (read on every event)
     * @param edits  receives the edits
     */
    public PointEditor editPoints(Supplier<double[][]> points, PointEdits edits) {
        return add(new PointEditor(this, points, edits));
    }

    /**
     * A vertical line x = c dragged sideways (an interval's bound, a threshold): {@code onX} hears the new x
     * (inside the window). Add one per line; the first line within reach takes the press.
     *
     * @param currentX where the line is now (read on every event)
     * @param onX      receives the dragged x
     */
    public LineDrag dragLine(DoubleSupplier currentX, DoubleConsumer onX) {
        return add(new LineDrag(this, currentX, onX));
    }

    /** A click (and drag) anywhere in the plot sets a point: the listener hears (x, y) in data units. */
    public ClickToSet clickToSet(ClickToSet.Listener listener) {
        return add(new ClickToSet(this, listener));
    }

    /** Hit radii grow with the presentation scale, as the drawn points do. */
    public void setPresentationScale(double scale) {
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("Requires a finite scale > 0.");
        }
        this.scale = scale;
    }

    /** How close (in pixels) the pointer must be to a point or curve to grab it. */
    public double hitRadius() { return BASE_HIT_RADIUS * scale; }

    PlotCoordinates coordinates() { return coordinates; }

    private <G extends Gesture> G add(G gesture) {
        gestures.add(gesture);
        return gesture;
    }

    private void pressed(MouseEvent e) {
        pressTaken = false;
        for (Gesture g : gestures) {
            if (g.isEnabled() && g.press(e)) {
                active = g;
                pressTaken = true;
                e.consume();
                updateCursor(e.getX(), e.getY());
                return;
            }
        }
    }

    private void updateCursor(double sx, double sy) {
        Cursor cursor = null;
        if (active != null) {
            cursor = active.cursorAt(sx, sy);
        }
        for (int i = 0; cursor == null && i < gestures.size(); i++) {
            Gesture g = gestures.get(i);
            if (g.isEnabled()) {
                cursor = g.cursorAt(sx, sy);
            }
        }
        canvas.setCursor(cursor != null ? cursor : Cursor.DEFAULT);
    }

    /** The cursor shown now (for tests and the figure's description). */
    Cursor cursor() { return canvas.getCursor(); }
}
