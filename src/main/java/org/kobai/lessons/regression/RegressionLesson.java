package org.kobai.lessons.regression;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Least squares: a line through data, its squared errors as areas, E(a, b) and its minimum, the matrix form. */
public final class RegressionLesson extends Lesson<RegressionModel> {
    public RegressionLesson() {
        super("regression", Topic.OPTIMIZATION, RegressionModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return RegressionExercises.ALL;
    }

    @Override
    public RegressionModel createModel() {
        return new RegressionModel();
    }

    @Override
    protected Figure figure(RegressionModel model, FigureContext context) {
        return new RegressionFigure(model, context);
    }

    @Override
    protected LessonView view(RegressionModel model, Figure figure, ViewContext context) {
        return new RegressionView(model, (RegressionFigure) figure, context);
    }
}
