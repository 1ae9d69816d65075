package org.kobai.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lessons.derivative.DerivativeModel;
import org.kobai.lessons.descent.DescentModel;
import org.kobai.lessons.systems.SystemsModel;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureDescription;
import org.kobai.plot.FigureStyle;

/** Every lesson's figure, at every step and in both languages, is told in words; some name key points. */
class FigureDescriptionsTest {
    static List<Lesson<?>> lessons() {
        return LessonRegistry.standard().all();
    }

    private static Figure figureOf(Lesson<?> lesson, LessonModel model, Locale locale) {
        return lesson.createFigure(model, new FigureContext(lesson.text(locale), FigureStyle.DEFAULT));
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepHasADescriptionWithoutBrokenNumbers(Lesson<?> lesson) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            Messages words = new Messages("org.kobai.app.messages", locale);
            LessonModel model = lesson.createModel();
            Figure figure = figureOf(lesson, model, locale);
            for (int step = 0; step < model.stepCount(); step++) {
                model.enterStep(step);
                String d = FigureDescription.of(figure, words);
                assertThat(d).as("%s step %d (%s)", lesson.id(), step, locale).isNotBlank()
                        .doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("{");
            }
        }
    }

    @Test
    void theDerivativeNamesTheTangentsSlope() {
        Lesson<?> lesson = LessonRegistry.standard().find("derivative").orElseThrow();
        DerivativeModel m = (DerivativeModel) lesson.createModel();
        Figure f = figureOf(lesson, m, Locale.ENGLISH);
        m.enterStep(1);
        m.setFunction("x^2");
        m.c().set(1.5);
        // d/dx x² = 2x: slope 3 at x = 1.5
        assertThat(f.keyPoints()).contains("the tangent at x = 1.5 has slope 3");
    }

    @Test
    void theSystemNamesWhereTheLinesMeet() {
        Lesson<?> lesson = LessonRegistry.standard().find("systems").orElseThrow();
        SystemsModel m = (SystemsModel) lesson.createModel();
        Figure f = figureOf(lesson, m, Locale.ENGLISH);
        m.enterStep(SystemsModel.STEP_SYSTEM);
        // 4x + 5y = 14 and −x + 3y = 5: by Cramer's rule x = (42 − 25)/17 = 1, y = (20 + 14)/17 = 2
        m.setSystem(RationalMatrix.parse("4,5,14; -1,3,5"));
        assertThat(f.keyPoints()).containsExactly("the lines meet at x1 = 1, x2 = 2");
        assertThat(FigureDescription.of(f, new Messages("org.kobai.app.messages", Locale.ENGLISH)))
                .contains("Key points: the lines meet at x1 = 1, x2 = 2.");
        m.setSystem(RationalMatrix.parse("1,2,3; 2,4,7"));
        assertThat(f.keyPoints()).containsExactly("the equations contradict each other: no point lies on all the lines");
    }

    @Test
    void theDescentSaysWhereItIs() {
        Lesson<?> lesson = LessonRegistry.standard().find("descent").orElseThrow();
        DescentModel m = (DescentModel) lesson.createModel();
        Figure f = figureOf(lesson, m, Locale.ENGLISH);
        m.enterStep(DescentModel.STEP_ONE_VARIABLE);
        var now = m.current();
        assertThat(f.keyPoints()).singleElement().asString()
                .contains("steps").contains(NumberText.display(now.point()[0], 4))
                .contains("f = " + NumberText.display(now.value(), 4));
    }
}
