package org.kobai.lessons.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/** What the vectors figure draws, read back from its layers. */
class VectorsFigureTest {
    private static final double TOLERANCE = 1e-12;

    private static VectorsFigure figure(VectorsModel model) {
        return new VectorsFigure(model, new FigureContext(new VectorsLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void handlesAreTheTipsOfAlphaAndBeta() {
        VectorsModel model = new VectorsModel();
        VectorsFigure f = figure(model);
        assertThat(f.handles()).isDeepEqualTo(new double[][] {{2, -1}, {1, 2}});
        model.b1().set(3);
        assertThat(f.handles()[0]).containsExactly(2, 3);
    }

    @Test
    void gaugeShowsTheCosineAsTheShadowOfTheDirection() {
        VectorsModel model = new VectorsModel();
        VectorsFigure f = figure(model);
        // article 000: θ = 90°, so the direction points straight up and its shadow is 0
        double[][] g = f.gaugeData();
        assertThat(g[0][0]).isCloseTo(0, offset(TOLERANCE));
        assertThat(g[1][0]).isCloseTo(1, offset(TOLERANCE));
        assertThat(g[0][1]).isEqualTo(0.0);
        assertThat(f.gauge().chart().getTitle().getText()).isEqualTo("cos θ = 0   (θ = 90°)");
        model.enterStep(VectorsModel.STEP_COSINE);
        // β = −α: θ = 180°, cos θ = −1
        assertThat(f.gaugeData()[0][1]).isEqualTo(-1.0);
        assertThat(f.gauge().chart().getTitle().getText()).isEqualTo("cos θ = \u22121   (θ = 180°)");
    }

    @Test
    void theArcRunsFromAlphaToBetaAtOneRadius() {
        VectorsModel model = new VectorsModel();
        VectorsFigure f = figure(model);
        double[][] arc = f.arcData();
        int last = arc[0].length - 1;
        // starts on α's direction (2, 1) and ends on β's (−1, 2)
        assertThat(arc[1][0] / arc[0][0]).isCloseTo(0.5, offset(1e-9));
        assertThat(arc[1][last] / arc[0][last]).isCloseTo(-2, offset(1e-9));
        double r = Math.hypot(arc[0][0], arc[1][0]);
        for (int i = 0; i <= last; i++) {
            assertThat(Math.hypot(arc[0][i], arc[1][i])).isCloseTo(r, offset(1e-9));
        }
    }

    @Test
    void zeroVectorLeavesNoAngleAndAnEmptyGauge() {
        VectorsModel model = new VectorsModel();
        VectorsFigure f = figure(model);
        model.b1().set(0);
        model.b2().set(0);
        assertThat(f.arcData()[0]).isEmpty();
        assertThat(f.gaugeData()[0]).isEmpty();
        assertThat(f.gauge().chart().getTitle().getText()).contains("zero vector");
    }

    @Test
    void sentencesAreDrawnAsCountBars() {
        VectorsModel model = new VectorsModel();
        VectorsFigure f = figure(model);
        model.enterStep(VectorsModel.STEP_TEXT);
        // "I like cats and I like dogs" against "I like dogs": (2, 2, 1, 1, 1) and (1, 1, 0, 0, 1)
        assertThat(f.firstBars()[1]).containsExactly(2, 2, 1, 1, 1);
        assertThat(f.secondBars()[1]).containsExactly(1, 1, 0, 0, 1);
        assertThat(f.handles()[0]).isEmpty();
        // cos θ = 5/√33 on the gauge
        assertThat(f.gaugeData()[0][1]).isCloseTo(5 / Math.sqrt(33), offset(TOLERANCE));
    }
}
