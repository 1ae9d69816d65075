package org.kobai.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.SurfaceAngle;
import org.kobai.lessons.partial.PartialFigure;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/**
 * A lesson's model outlives its figures (a lesson opened again continues where it was): a disposed figure
 * follows the model no more, so the model does not keep the figures of every earlier visit alive.
 */
class FigureDisposalTest {
    static Stream<Lesson<?>> lessons() {
        return LessonRegistry.standard().all().stream();
    }

    private static Figure figureOf(Lesson<?> lesson, LessonModel model) {
        return lesson.createFigure(model, new FigureContext(lesson.text(Locale.ENGLISH), FigureStyle.DEFAULT));
    }

    private static int changesWhile(Figure figure, Runnable change) {
        AtomicInteger changes = new AtomicInteger();
        for (JFreeChart chart : figure.charts()) {
            chart.addChangeListener(e -> changes.incrementAndGet());
        }
        change.run();
        return changes.get();
    }

    /** Moves the parameter that changes the first step's figure the most: each in turn until one does. */
    private static void moveEveryParameter(LessonModel model) {
        for (Parameter p : model.parameters()) {
            p.set(p.get() == p.max() ? p.min() : p.max());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void aDisposedFigureNoLongerFollowsItsModel(Lesson<?> lesson) {
        LessonModel model = lesson.createModel();
        model.enterStep(0);
        Figure live = figureOf(lesson, model);
        Figure gone = figureOf(lesson, model);
        gone.dispose();
        int seenByGone = changesWhile(gone, () -> {
            int seenByLive = changesWhile(live, () -> moveEveryParameter(model));
            assertThat(seenByLive).as("the live figure redraws").isPositive();
        });
        assertThat(seenByGone).as("the disposed figure stays as it was").isZero();
        live.dispose();
    }

    @Test
    void aDisposedSurfaceIsTurnedByTheLessonNoMore() {
        Lesson<?> partial = LessonRegistry.standard().find("partial").orElseThrow();
        LessonModel model = partial.createModel();
        PartialFigure gone = (PartialFigure) figureOf(partial, model);
        PartialFigure live = (PartialFigure) figureOf(partial, model);
        SurfaceAngle before = gone.surface().angle();
        gone.dispose();
        SurfaceAngle turned = new SurfaceAngle(before.theta() + 0.5, before.phi(), before.roll());
        model.setSurfaceAngle(turned);
        assertThat(live.surface().angle().theta()).isCloseTo(turned.theta(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(gone.surface().angle()).isEqualTo(before);
    }
}
