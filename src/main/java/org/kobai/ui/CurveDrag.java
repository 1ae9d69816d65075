package org.kobai.ui;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A point that rides on the curve y = f(x): press on the point or anywhere on the curve and drag, and the
 * owner hears the new x, kept inside the visible window. The owner moves the drawn point itself (usually
 * through its model), so the figure stays the single picture of the state.
 */
public final class CurveDrag extends Gesture {
    private final DoubleUnaryOperator curve;
    private final DoubleSupplier currentX;
    private final DoubleConsumer onX;
    private boolean dragging;

    CurveDrag(ChartInteraction owner, DoubleUnaryOperator curve, DoubleSupplier currentX, DoubleConsumer onX) {
        super(owner);
        this.curve = curve;
        this.currentX = currentX;
        this.onX = onX;
    }

    /** On the point itself, or on the curve within the hit radius (vertically) of the pointer. */
    boolean hits(double sx, double sy) {
        PlotCoordinates c = owner.coordinates();
        if (!c.inside(sx, sy)) {
            return false;
        }
        double r = owner.hitRadius();
        double x0 = currentX.getAsDouble();
        double y0 = curve.applyAsDouble(x0);
        if (Double.isFinite(x0) && Double.isFinite(y0) && Math.hypot(c.screenX(x0) - sx, c.screenY(y0) - sy) <= r) {
            return true;
        }
        double y = curve.applyAsDouble(c.dataX(sx));
        return Double.isFinite(y) && Math.abs(c.screenY(y) - sy) <= r;
    }

    @Override
    Cursor cursorAt(double sx, double sy) {
        if (dragging) {
            return Cursor.CLOSED_HAND;
        }
        return hits(sx, sy) ? Cursor.HAND : null;
    }

    @Override
    boolean press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !hits(e.getX(), e.getY())) {
            return false;
        }
        dragging = true;
        report(e);
        return true;
    }

    @Override
    void drag(MouseEvent e) { report(e); }

    @Override
    void release(MouseEvent e) { dragging = false; }

    private void report(MouseEvent e) {
        PlotCoordinates c = owner.coordinates();
        if (c.area() != null) {
            onX.accept(c.clampX(c.dataX(e.getX())));
        }
    }
}
