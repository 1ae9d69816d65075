package org.kobai.ui;

/**
 * What the user did to editable points ({@link PointEditor}): the owner updates its model, which redraws
 * the points. Coordinates are data coordinates inside the visible window.
 */
public interface PointEdits {
    /** Point {@code index} was dragged to (x, y). */
    void moved(int index, double x, double y);

    /** A click on empty space asks for a new point at (x, y). */
    default void added(double x, double y) {}

    /** A secondary (right) click on point {@code index} asks to remove it. */
    default void removed(int index) {}
}
