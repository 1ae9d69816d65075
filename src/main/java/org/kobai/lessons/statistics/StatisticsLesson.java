package org.kobai.lessons.statistics;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Descriptive statistics: the mean as a balance point, deviations, both variances, population and sample. */
public final class StatisticsLesson extends Lesson<StatisticsModel> {
    public StatisticsLesson() {
        super("statistics", Topic.STATISTICS_AND_PROBABILITY, StatisticsModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return StatisticsExercises.ALL;
    }

    @Override
    public StatisticsModel createModel() {
        return new StatisticsModel();
    }

    @Override
    protected Figure figure(StatisticsModel model, FigureContext context) {
        return new StatisticsFigure(model, context);
    }

    @Override
    protected LessonView view(StatisticsModel model, Figure figure, ViewContext context) {
        return new StatisticsView(model, figure, context);
    }
}
