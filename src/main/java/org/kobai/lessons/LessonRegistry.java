package org.kobai.lessons;

import java.util.List;
import java.util.Optional;
import org.kobai.lessons.derivative.DerivativeLesson;
import org.kobai.lessons.descent.DescentLesson;
import org.kobai.lessons.gradient.GradientLesson;
import org.kobai.lessons.bayes.BayesLesson;
import org.kobai.lessons.expectation.ExpectationLesson;
import org.kobai.lessons.normal.NormalLesson;
import org.kobai.lessons.partial.PartialLesson;
import org.kobai.lessons.regression.RegressionLesson;
import org.kobai.lessons.linearity.LinearityLesson;
import org.kobai.lessons.series.SeriesLesson;
import org.kobai.lessons.matrices.MatricesLesson;
import org.kobai.lessons.statistics.StatisticsLesson;
import org.kobai.lessons.systems.SystemsLesson;
import org.kobai.lessons.vectors.VectorsLesson;

/**
 * Every lesson, in navigator order within each topic. The navigator, the {@code lessons} and
 * {@code export} commands and the benchmark all read this one list: adding a lesson is its package plus
 * one line here.
 */
public final class LessonRegistry {
    private final List<Lesson<?>> lessons;

    public LessonRegistry(List<Lesson<?>> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** The lessons that ship with Kobai. */
    public static LessonRegistry standard() {
        return new LessonRegistry(List.of(
                new LinearityLesson(),
                new DerivativeLesson(),
                new PartialLesson(),
                new GradientLesson(),
                new DescentLesson(),
                new RegressionLesson(),
                new VectorsLesson(),
                new MatricesLesson(),
                new SystemsLesson(),
                new SeriesLesson(),
                new StatisticsLesson(),
                new ExpectationLesson(),
                new BayesLesson(),
                new NormalLesson()
        ));
    }

    public List<Lesson<?>> all() { return lessons; }

    public Optional<Lesson<?>> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Lesson<?> first() { return lessons.get(0); }
}
