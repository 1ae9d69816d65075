package org.kobai.lessons.series;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Arithmetic and geometric sequences, their sums Sₙ, Gauss's pairing, Σ notation and convergence. */
public final class SeriesLesson extends Lesson<SeriesModel> {
    public SeriesLesson() {
        super("series", Topic.SEQUENCES_AND_SERIES, SeriesModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return SeriesExercises.ALL;
    }

    @Override
    public SeriesModel createModel() {
        return new SeriesModel();
    }

    @Override
    protected Figure figure(SeriesModel model, FigureContext context) {
        return new SeriesFigure(model, context);
    }

    @Override
    protected LessonView view(SeriesModel model, Figure figure, ViewContext context) {
        return new SeriesView(model, figure, context);
    }
}
