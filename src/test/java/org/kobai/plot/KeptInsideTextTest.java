package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** A note near an edge of the plot is drawn inside it, where the plot's clip would otherwise cut it off. */
class KeptInsideTextTest {
    @Test
    void aLabelRunningOffAnEdgeGoesAcrossItsPointOrMovesInJustEnough() {
        // fits: no move
        assertThat(KeptInsideText.shift(10, 50, 0, 100, true, false)).isZero();
        // runs off the right, starts at its point and fits on the other side: across by its width
        assertThat(KeptInsideText.shift(80, 120, 0, 100, true, false)).isEqualTo(-40);
        // wider than the room on the other side: in just enough
        assertThat(KeptInsideText.shift(30, 110, 0, 100, true, false)).isEqualTo(-10);
        // centred on its point: in just enough
        assertThat(KeptInsideText.shift(90, 110, 0, 100, false, false)).isEqualTo(-10);
        // runs off the left (ends at its point): across, or in just enough
        assertThat(KeptInsideText.shift(-20, 20, 0, 100, false, true)).isEqualTo(40);
        assertThat(KeptInsideText.shift(-5, 95, 0, 100, false, true)).isEqualTo(5);
        // wider than the plot: its start stays in sight
        assertThat(KeptInsideText.shift(-10, 130, 0, 100, false, false)).isEqualTo(10);
    }

    @Test
    void aVectorsNameAtATipNearTheRightEdgeIsDrawnToTheLeftOfIt() {
        XYFigure xy = new XYFigure("x", "y", FigureStyle.DEFAULT);
        xy.setWindow(0, 10, 0, 10);
        XYFigure.Note note = xy.note(-1, 14, TextAnchor.BOTTOM_LEFT);
        note.set(9.5, 5, "alpha = (8, 12)");
        Rendered r = Rendered.draw(xy, 600, 400);
        int ink = Rendered.rgbOf(FigureStyle.DEFAULT.theme().foreground());
        int tip = r.px(9.5);
        int top = r.py(5) - 20;
        int left = 0, right = 0;
        for (int y = top; y < r.py(5); y++) {
            for (int x = (int) r.area.getMinX(); x < (int) r.area.getMaxX(); x++) {
                if (Rendered.distance(r.image.getRGB(x, y) & 0xFFFFFF, ink) < 60) {
                    if (x < tip) {
                        left++;
                    } else {
                        right++;
                    }
                }
            }
        }
        assertThat(left).as("the text, left of the tip").isGreaterThan(50);
        assertThat(right).as("nothing cut off past the tip").isLessThan(5);
    }
}
