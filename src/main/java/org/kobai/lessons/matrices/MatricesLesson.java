package org.kobai.lessons.matrices;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Matrices as linear maps of the plane, their sum and product, shapes and transposes. */
public final class MatricesLesson extends Lesson<MatricesModel> {
    public MatricesLesson() {
        super("matrices", Topic.LINEAR_ALGEBRA, MatricesModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return MatricesExercises.ALL;
    }

    @Override
    public MatricesModel createModel() {
        return new MatricesModel();
    }

    @Override
    protected Figure figure(MatricesModel model, FigureContext context) {
        return new MatricesFigure(model, context);
    }

    @Override
    protected LessonView view(MatricesModel model, Figure figure, ViewContext context) {
        return new MatricesView(model, figure, context);
    }
}
