package org.kobai.ui;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A vertical line x = c the user drags sideways (a bound of an interval, a threshold): press within the
 * hit radius of the line, anywhere along the plot's height, and drag; the owner hears the new x, kept
 * inside the visible window. As with {@link CurveDrag}, the owner moves the drawn line itself.
 */
public final class LineDrag extends Gesture {
    private final DoubleSupplier currentX;
    private final DoubleConsumer onX;
    private boolean dragging;

    LineDrag(ChartInteraction owner, DoubleSupplier currentX, DoubleConsumer onX) {
        super(owner);
        this.currentX = currentX;
        this.onX = onX;
    }

    /** Within the hit radius (horizontally) of the line, inside the plot. */
    boolean hits(double sx, double sy) {
        PlotCoordinates c = owner.coordinates();
        double x = currentX.getAsDouble();
        return c.inside(sx, sy) && Double.isFinite(x) && Math.abs(c.screenX(x) - sx) <= owner.hitRadius();
    }

    @Override
    Cursor cursorAt(double sx, double sy) {
        return dragging || hits(sx, sy) ? Cursor.H_RESIZE : null;
    }

    @Override
    boolean press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !hits(e.getX(), e.getY())) {
            return false;
        }
        dragging = true;
        return true;
    }

    @Override
    void drag(MouseEvent e) {
        PlotCoordinates c = owner.coordinates();
        if (c.area() != null) {
            onX.accept(c.clampX(c.dataX(e.getX())));
        }
    }

    @Override
    void release(MouseEvent e) { dragging = false; }
}
