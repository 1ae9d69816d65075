package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.matrices.MatricesFigure;
import org.kobai.lessons.matrices.MatricesModel;
import org.kobai.math.linalg.LinearMap2;

/**
 * The matrices lesson driven by hand: typing an entry of A moves the grid and the picture, a negative
 * determinant is called a mirror image, pointing at an entry of AB shows its row times column, and
 * shapes that do not fit say why.
 */
class MatricesLessonUiTest extends AppUiTest {
    private void open(int step) {
        interact(() -> {
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.window().open(app.registry().find("matrices").orElseThrow(), step);
            model().resetParameters();
            model().enterStep(step);
        });
    }

    private static MatricesModel model() {
        return (MatricesModel) app.window().host().model();
    }

    private static MatricesFigure figure() {
        return (MatricesFigure) app.window().host().figure();
    }


    @Test
    void editingAnEntryMovesTheGridAndThePicture() {
        open(MatricesModel.STEP_COLUMNS);
        double[][] gridBefore = fx(() -> figure().gridData());
        typeInto("#field-a12", "-1.5");
        assertThat(fx(() -> model().a12().get())).isEqualTo(-1.5);
        LinearMap2 a = fx(() -> model().a());
        double[][] grid = fx(() -> figure().gridData());
        assertThat(grid[0]).isNotEqualTo(gridBefore[0]);
        // the image of the line x2 = −k starts at A(−k, −k)
        int k = 12;
        assertThat(grid[0][3]).isCloseTo(a.y1(-k, -k), within(1e-12));
        assertThat(grid[1][3]).isCloseTo(a.y2(-k, -k), within(1e-12));
        // Ae₂ is the second column (−1.5, 2)
        assertThat(textOf("#readout")).contains("Ae₂ = (\u22121.5, 2)");
    }

    @Test
    void aNegativeDeterminantIsAMirrorImage() {
        open(MatricesModel.STEP_DETERMINANT);
        // A = [[1, 1], [1.5, −0.5]]: det = −0.5 − 1.5 = −2, and the shoelace area of the image agrees
        assertThat(textOf("#readout")).contains("det A = \u22122").contains("= \u22122");
        assertThat(textOf("#verdict")).contains("mirrored");
        typeInto("#field-a22", "2");
        // det [[1, 1], [1.5, 2]] = 2 − 1.5 = 0.5
        assertThat(textOf("#readout")).contains("det A = 0.5");
        assertThat(textOf("#verdict")).contains("kept");
    }

    @Test
    void pointingAtAnEntryOfABShowsItsRowTimesColumn() {
        open(MatricesModel.STEP_SHAPES);
        moveTo((Node) lookup("#entry-2-1").query());
        // article 000: (AB)₂₁ = 3×5 + 4×7 = 43
        assertThat(textOf("#readout")).contains("row 2, column 1 = 3×5 + 4×7 = 43");
        moveTo((Node) lookup("#entry-1-2").query());
        assertThat(textOf("#readout")).contains("1×6 + 2×8 = 22");
        assertThat(textOf("#verdict")).contains("(AB)ᵀ = BᵀAᵀ");
    }

    @Test
    void shapesThatDoNotFitSayWhy() {
        open(MatricesModel.STEP_SHAPES);
        typeInto("#field-n", "3");
        assertThat(textOf("#verdict")).contains("A is 2×3 and B is 2×2").contains("3 columns but B has 2 rows");
        assertThat(lookup("#entry-1-1").tryQuery()).isEmpty();
        typeInto("#field-nB", "3");
        assertThat(textOf("#readout")).contains("(2×3)(3×2) = 2×2");
    }
}
