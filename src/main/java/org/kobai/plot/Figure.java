package org.kobai.plot;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A lesson's live figure: one or more charts that follow the lesson model. A figure draws the same way on
 * screen, in an exported file and in the benchmark; it never touches the JavaFX scene.
 */
public interface Figure {
    /** The flat charts, left to right; at least one unless {@link #panels} is overridden. */
    List<JFreeChart> charts();

    /** Re-colours and re-sizes every chart for a theme and presentation scale. */
    void applyStyle(FigureStyle style);

    /**
     * Everything the figure shows, left to right: flat charts and 3-D surfaces. By default the charts
     * alone; a figure with a surface overrides this (and lists only its flat charts in {@link #charts}).
     */
    default List<FigurePanel> panels() {
        return charts().stream().<FigurePanel>map(FigurePanel.Flat::new).toList();
    }

    /**
     * What the lesson wants said about the figure beyond what its charts show, in the lesson's language:
     * the minimum found, the intersection, the tangent's slope. Read by the figure's text description
     * ({@link FigureDescription}); none by default.
     */
    default List<String> keyPoints() {
        return List.of();
    }

    /**
     * Stops following the lesson: the figure will not change again and can be let go. Called when its
     * lesson closes; the model lives on (a lesson opened again continues where it was) and must not keep
     * the figures of earlier visits. Nothing to do by default.
     */
    default void dispose() {
    }
}
