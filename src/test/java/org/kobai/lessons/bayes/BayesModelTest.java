package org.kobai.lessons.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kobai.math.probability.Fraction;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

class BayesModelTest {
    private static BayesFigure figure(BayesModel model) {
        return new BayesFigure(model, new FigureContext(new BayesLesson().text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    @Test
    void theArticlesDice() {
        // Article 000: P(A∩B) = 2/6 · 3/6 = 1/6; P(B|A) = 6/12 = 1/2.
        BayesModel model = new BayesModel();
        BayesFigure f = figure(model);
        assertThat(model.joint()).isEqualTo(Fraction.of(1, 6));
        assertThat(model.independent()).isTrue();
        assertThat(f.bothData()[0]).hasSize(6);
        model.enterStep(BayesModel.STEP_CONDITIONAL);
        assertThat(model.bGivenA()).contains(Fraction.of(1, 2));
        // Erratum 5: P(A)P(B|A) = P(B)P(A|B) = P(A∩B).
        assertThat(model.a().probability().times(model.bGivenA().orElseThrow())).isEqualTo(model.joint());
        assertThat(model.b().probability().times(model.aGivenB().orElseThrow())).isEqualTo(model.joint());
        assertThat(f.diagrams().barLabels()).contains("P(A∩B) = 1/6", "P(B|A) = 1/2", "P(A|B) = 1/3");
        assertThat(f.keyPoints()).as("said to screen readers").contains("P(A∩B) = 1/6");
    }

    @Test
    void clickingCellsEditsTheChosenEvent() {
        BayesModel model = new BayesModel();
        model.toggle(1, 1);   // into A
        assertThat(model.a().contains(1, 1)).isTrue();
        assertThat(model.joint()).isEqualTo(Fraction.of(7, 36));
        // P(A) = 13/36, P(B) = 1/2: 13/72 ≠ 7/36, dependent.
        assertThat(model.independent()).isFalse();
        model.editingProperty().set(BayesModel.Editing.B);
        model.clearEvent();
        assertThat(model.b().isEmpty()).isTrue();
        assertThat(model.aGivenB()).isEmpty();
        model.articleEvents();
        assertThat(model.joint()).isEqualTo(Fraction.of(1, 6));
    }

    @Test
    void spamPosteriorAndTheWordsInTurn() {
        BayesModel model = new BayesModel();
        BayesFigure f = figure(model);
        model.enterStep(BayesModel.STEP_BAYES);
        // 240 / (240 + 70) = 24/31
        assertThat(model.bayes().orElseThrow().posterior()).isCloseTo(24.0 / 31, within(1e-15));
        assertThat(f.diagrams().noteTexts()).contains("posterior = 240 / 310 = 0.774194");
        model.likelihood().set(0);
        model.falseAlarm().set(0);
        assertThat(model.bayes()).isEmpty();
        model.enterStep(BayesModel.STEP_WORDS);
        double[] path = model.posteriorPath().orElseThrow();
        // free, winner, offer ticked: odds 3/7 · 12 · 30 · 5 = 4628.57…, posterior = odds/(1 + odds)
        double odds = 0.3 / 0.7 * (0.6 / 0.05) * (0.3 / 0.01) * (0.5 / 0.1);
        assertThat(path[path.length - 1]).isCloseTo(odds / (1 + odds), within(1e-12));
        assertThat(f.pathData()[1]).containsExactly(path);
        model.present(2).set(true);   // "meeting" pulls it down
        double[] withMeeting = model.posteriorPath().orElseThrow();
        assertThat(withMeeting[3]).isLessThan(withMeeting[2]);
    }
}
