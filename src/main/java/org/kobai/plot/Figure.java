package org.kobai.plot;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A lesson's live figure: one or more charts that follow the lesson model. A figure draws the same way on
 * screen, in an exported file and in the benchmark; it never touches the JavaFX scene.
 */
public interface Figure {
    /** The charts, left to right; at least one. */
    List<JFreeChart> charts();

    /** Re-colours and re-sizes every chart for a theme and presentation scale. */
    void applyStyle(FigureStyle style);
}
