package org.kobai.ui;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * One way of handling the mouse on a chart (dragging a point, placing one). A {@link ChartInteraction}
 * asks its gestures in the order they were added; the first to claim a press receives the drag and the
 * release. Coordinates are canvas pixels.
 */
abstract class Gesture {
    final ChartInteraction owner;
    private boolean enabled = true;

    Gesture(ChartInteraction owner) {
        this.owner = owner;
    }

    /** Switches the gesture on or off (a lesson step may allow dragging only some of the time). */
    public final void setEnabled(boolean on) { enabled = on; }

    public final boolean isEnabled() { return enabled; }

    /** The cursor to show over (sx, sy), or null when this gesture does nothing there. */
    abstract Cursor cursorAt(double sx, double sy);

    /** True when this gesture takes the press; it then gets the drag and the release. */
    abstract boolean press(MouseEvent e);

    void drag(MouseEvent e) {}

    void release(MouseEvent e) {}
}
