package org.kobai.lessons.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/** What the figure plots for each kind of step, checked against the model's exact answers. */
class SystemsFigureTest {
    /** Plotted points are computed in doubles from exact fractions. */
    private static final double TOLERANCE = 1e-9;

    private static SystemsFigure figure(SystemsModel m) {
        return new SystemsFigure(m, new FigureContext(new SystemsLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void identityLeavesTheGridInPlace() {
        SystemsModel m = new SystemsModel();
        SystemsFigure f = figure(m);
        double[][] image = f.imageData();
        // with A = E, every image point has a whole-number coordinate (it is a grid line x = k or y = k)
        for (int i = 0; i < image[0].length; i++) {
            if (!Double.isNaN(image[0][i])) {
                boolean onGrid = image[0][i] == Math.rint(image[0][i]) || image[1][i] == Math.rint(image[1][i]);
                assertThat(onGrid).isTrue();
            }
        }
        assertThat(f.message()).isEmpty();
    }

    @Test
    void singularMatrixCollapsesTheGridOntoALine() {
        SystemsModel m = new SystemsModel();
        SystemsFigure f = figure(m);
        m.enterStep(SystemsModel.STEP_SINGULAR);
        double[][] image = f.imageData();
        for (int i = 0; i < image[0].length; i++) {
            if (!Double.isNaN(image[0][i])) {
                assertThat(image[1][i]).isCloseTo(2 * image[0][i], within(TOLERANCE)); // the line x2 = 2 x1
            }
        }
        assertThat(f.message()).contains("collapses onto a line");
        m.a().set(0);
        m.b().set(0);
        m.c().set(0);
        m.d().set(0);
        assertThat(f.message()).contains("to a point");
        m.d().set(1);
        m.a().set(1);
        assertThat(f.message()).isEmpty();
    }

    @Test
    void articleSystemLinesMeetAtOneTwo() {
        SystemsModel m = new SystemsModel();
        SystemsFigure f = figure(m);
        m.enterStep(SystemsModel.STEP_SYSTEM);
        assertThat(f.solutionData()[0]).containsExactly(1.0);
        assertThat(f.solutionData()[1]).containsExactly(2.0);
        // every plotted point of line 1 satisfies 4x + 5y = 14, of line 2 −x + 3y = 5
        assertOnLine(f.equationData(0), 4, 5, 14);
        assertOnLine(f.equationData(1), -1, 3, 5);
        assertThat(f.equationData(2)[0]).isEmpty();
    }

    @Test
    void rowOperationsTurnTheLinesAboutTheSolution() {
        SystemsModel m = new SystemsModel();
        SystemsFigure f = figure(m);
        m.enterStep(SystemsModel.STEP_SWEEP);
        m.sweepForward(); // R2 ← R2 + 1/4·R1: (0, 17/4 | 17/2), the line y = 2
        assertOnLine(f.equationData(1), 0, 17.0 / 4, 17.0 / 2);
        while (m.sweepForward()) {
            // to [E | x]
        }
        double[][] first = f.equationData(0);
        assertThat(first[0]).containsExactly(1.0, 1.0); // x = 1, vertical
        assertOnLine(f.equationData(1), 0, 1, 2);
    }

    @Test
    void parallelLinesHaveNoSolutionPoint() {
        SystemsModel m = new SystemsModel();
        SystemsFigure f = figure(m);
        m.enterStep(SystemsModel.STEP_NO_UNIQUE);
        assertThat(f.solutionData()[0]).isEmpty();
        assertThat(f.message()).contains("never meet");
    }

    @Test
    void threeUnknownsAreShownInThePlaneThroughTheSolution() {
        // x + y + z = 6, 2y + 5z = −4, 2x + 5y − z = 27 with z = −2 held: x + y = 8, 2y = 6, 2x + 5y = 25
        SystemsModel m = new SystemsModel();
        SystemsFigure f = figure(m);
        m.enterStep(SystemsModel.STEP_SWEEP);
        m.setSize(3);
        assertOnLine(f.equationData(0), 1, 1, 8);
        assertOnLine(f.equationData(1), 0, 2, 6);
        assertOnLine(f.equationData(2), 2, 5, 25);
        assertThat(f.solutionData()[0]).containsExactly(5.0);
        m.setSystem(RationalMatrix.parse("0,0,1,1; 1,0,0,2; 0,1,0,3"));
        assertThat(f.equationData(0)[0]).isEmpty(); // z = 1 has no x1 or x2
        assertThat(f.message()).contains("equation 1 has no x1 or x2");
    }

    private static void assertOnLine(double[][] line, double p, double q, double r) {
        assertThat(line[0]).isNotEmpty();
        for (int i = 0; i < line[0].length; i++) {
            assertThat(p * line[0][i] + q * line[1][i]).isCloseTo(r, within(TOLERANCE * 100));
        }
    }

    @Test
    void clippingKeepsThePartInsideTheBox() {
        // the segment (−30, 0)–(30, 0) inside [−20, 20]²: (−20, 0)–(20, 0); a diagonal through a corner; a miss
        assertThat(SystemsFigure.clip(-30, 0, 30, 0, 20)).containsExactly(-20, 0, 20, 0);
        assertThat(SystemsFigure.clip(0, 0, 40, 40, 20)).containsExactly(0, 0, 20, 20);
        assertThat(SystemsFigure.clip(25, -30, 25, 30, 20)).isNull();
        assertThat(SystemsFigure.clip(1, 2, 1, 2, 20)).containsExactly(1, 2, 1, 2);
    }
}
