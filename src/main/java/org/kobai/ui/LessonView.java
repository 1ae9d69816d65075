package org.kobai.ui;

import javafx.scene.Node;

/** The on-screen parts of a lesson that the shell places: the figure and the controls beneath it. */
public interface LessonView {
    Node figure();

    Node controls();

    /** The numbers that must stay in sight (shown between the figure and the controls); none by default. */
    default Node readout() {
        return null;
    }

    /** Called after the theme or scale changed: redraw anything typeset or coloured by the view itself. */
    default void restyle() {}

    /** Called when the view leaves the screen: remove listeners on the (longer-lived) model. */
    default void dispose() {}
}
