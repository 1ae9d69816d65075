package org.kobai.lessons.matrices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.linalg.LinearMap2;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/** What the matrices figure draws, read back from its layers. */
class MatricesFigureTest {
    private static MatricesFigure figure(MatricesModel model) {
        return new MatricesFigure(model, new FigureContext(new MatricesLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void gridAndPictureAreMovedByA() {
        MatricesModel model = new MatricesModel();
        MatricesFigure f = figure(model);
        model.a11().set(-1.5);
        LinearMap2 a = model.a();
        double[][] picture = f.pictureData();
        for (int i = 0; i < MatricesFigure.F_X.length; i++) {
            if (Double.isNaN(MatricesFigure.F_X[i])) {
                continue;
            }
            assertThat(picture[0][i]).isCloseTo(a.y1(MatricesFigure.F_X[i], MatricesFigure.F_Y[i]), offset(1e-12));
            assertThat(picture[1][i]).isCloseTo(a.y2(MatricesFigure.F_X[i], MatricesFigure.F_Y[i]), offset(1e-12));
        }
        // the image of the line x2 = −k starts at A(−k, −k)
        double[][] grid = f.gridData();
        int k = MatricesFigure.GRID_LINES;
        assertThat(grid[0][3]).isCloseTo(a.y1(-k, -k), offset(1e-12));
        assertThat(grid[1][3]).isCloseTo(a.y2(-k, -k), offset(1e-12));
    }

    @Test
    void productStepDrawsABAndBA() {
        MatricesModel model = new MatricesModel();
        MatricesFigure f = figure(model);
        model.enterStep(MatricesModel.STEP_PRODUCT);
        LinearMap2 ab = model.a().times(model.b());
        LinearMap2 ba = model.b().times(model.a());
        assertThat(f.pictureData()[0][0]).isCloseTo(ab.y1(MatricesFigure.F_X[0], MatricesFigure.F_Y[0]), offset(1e-12));
        assertThat(f.secondPictureData()[0][0]).isCloseTo(ba.y1(MatricesFigure.F_X[0], MatricesFigure.F_Y[0]), offset(1e-12));
        assertThat(f.pictureData()[0]).isNotEqualTo(f.secondPictureData()[0]);
    }

    @Test
    void shapesStepWritesTheArticlesProductAndTheSelectedEntry() {
        MatricesModel model = new MatricesModel();
        MatricesFigure f = figure(model);
        model.enterStep(MatricesModel.STEP_SHAPES);
        // A, B and AB of article 000, entry by entry
        assertThat(f.arrays().entryTexts()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "19", "22", "43", "50");
        model.row().set(2);
        model.column().set(1);
        assertThat(f.arrays().labelTexts()).anyMatch(s -> s.contains("3×5 + 4×7 = 43"));
        model.parameter("n").orElseThrow().set(3);
        assertThat(f.arrays().labelTexts()).anyMatch(s -> s.contains("no product: 3 columns ≠ 2 rows"));
    }

    @Test
    void ordersStepLabelsEachShape() {
        MatricesModel model = new MatricesModel();
        MatricesFigure f = figure(model);
        model.enterStep(MatricesModel.STEP_TENSORS);
        assertThat(f.arrays().labelTexts()).contains("order 0, shape scalar", "order 1, shape 3", "order 2, shape 2×3",
                "order 3, shape 3×2×3");
    }
}
