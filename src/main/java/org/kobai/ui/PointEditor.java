package org.kobai.ui;

import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Scatter points the user edits with the mouse: drag a point to move it, click empty space to add one,
 * right-click (secondary button) a point to remove it. A point is hit within the hit radius in pixels,
 * which grows with the presentation scale. The points are read from the owner on every event, so the
 * editor never keeps a stale copy.
 */
public final class PointEditor extends Gesture {
    private final Supplier<double[][]> points;
    private final PointEdits edits;
    private boolean adding = true;
    private boolean removing = true;
    private int dragged = -1;
    private double pressX, pressY;
    private boolean pendingAdd;

    PointEditor(ChartInteraction owner, Supplier<double[][]> points, PointEdits edits) {
        super(owner);
        this.points = points;
        this.edits = edits;
    }

    /** Whether a click on empty space adds a point (on by default). */
    public PointEditor allowAdding(boolean on) {
        adding = on;
        return this;
    }

    /** Whether a secondary click on a point removes it (on by default). */
    public PointEditor allowRemoving(boolean on) {
        removing = on;
        return this;
    }

    /** The index of the point nearest to (sx, sy) within the hit radius, or −1. */
    int pointAt(double sx, double sy) {
        PlotCoordinates c = owner.coordinates();
        double[][] p = points.get();
        if (c.area() == null || p == null || p.length < 2) {
            return -1;
        }
        int best = -1;
        double bestDistance = owner.hitRadius();
        for (int i = 0; i < Math.min(p[0].length, p[1].length); i++) {
            if (!Double.isFinite(p[0][i]) || !Double.isFinite(p[1][i])) {
                continue;
            }
            double d = Math.hypot(c.screenX(p[0][i]) - sx, c.screenY(p[1][i]) - sy);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    @Override
    Cursor cursorAt(double sx, double sy) {
        if (dragged >= 0) {
            return Cursor.CLOSED_HAND;
        }
        if (pointAt(sx, sy) >= 0) {
            return Cursor.HAND;
        }
        return adding && owner.coordinates().inside(sx, sy) ? Cursor.CROSSHAIR : null;
    }

    @Override
    boolean press(MouseEvent e) {
        int hit = pointAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            if (removing && hit >= 0) {
                edits.removed(hit);
                return true;
            }
            return false;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        if (hit >= 0) {
            dragged = hit;
            return true;
        }
        if (adding && owner.coordinates().inside(e.getX(), e.getY())) {
            pendingAdd = true;
            pressX = e.getX();
            pressY = e.getY();
            return true;
        }
        return false;
    }

    @Override
    void drag(MouseEvent e) {
        PlotCoordinates c = owner.coordinates();
        if (dragged >= 0 && c.area() != null) {
            edits.moved(dragged, c.clampX(c.dataX(e.getX())), c.clampY(c.dataY(e.getY())));
        } else if (pendingAdd && Math.hypot(e.getX() - pressX, e.getY() - pressY) > owner.hitRadius() / 2) {
            // A drag that started on empty space is not a click: no point is added.
            pendingAdd = false;
        }
    }

    @Override
    void release(MouseEvent e) {
        PlotCoordinates c = owner.coordinates();
        if (pendingAdd && c.area() != null) {
            edits.added(c.clampX(c.dataX(pressX)), c.clampY(c.dataY(pressY)));
        }
        pendingAdd = false;
        dragged = -1;
    }
}
