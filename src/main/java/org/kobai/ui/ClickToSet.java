package org.kobai.ui;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Clicking in the plot sets a point (a starting point for gradient descent, a query point): the owner
 * hears the data coordinates on the press and, while the button stays down, on every drag, kept inside
 * the visible window.
 */
public final class ClickToSet extends Gesture {
    /** Receives the data coordinates of a click. */
    @FunctionalInterface
    public interface Listener {
        void at(double x, double y);
    }

    private final Listener listener;
    private boolean down;

    ClickToSet(ChartInteraction owner, Listener listener) {
        super(owner);
        this.listener = listener;
    }

    @Override
    Cursor cursorAt(double sx, double sy) {
        return owner.coordinates().inside(sx, sy) ? Cursor.CROSSHAIR : null;
    }

    @Override
    boolean press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !owner.coordinates().inside(e.getX(), e.getY())) {
            return false;
        }
        down = true;
        report(e);
        return true;
    }

    @Override
    void drag(MouseEvent e) {
        if (down) {
            report(e);
        }
    }

    @Override
    void release(MouseEvent e) { down = false; }

    private void report(MouseEvent e) {
        PlotCoordinates c = owner.coordinates();
        if (c.area() != null) {
            listener.at(c.clampX(c.dataX(e.getX())), c.clampY(c.dataY(e.getY())));
        }
    }
}
