package org.kobai.lessons.partial;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Partial derivatives of f(x1, x2): slices, the tangent plane, the total differential and a minimum. */
public final class PartialLesson extends Lesson<PartialModel> {
    public PartialLesson() {
        super("partial", Topic.CALCULUS, PartialModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return PartialExercises.ALL;
    }

    @Override
    public PartialModel createModel() {
        return new PartialModel();
    }

    @Override
    protected Figure figure(PartialModel model, FigureContext context) {
        return new PartialFigure(model, context);
    }

    @Override
    protected LessonView view(PartialModel model, Figure figure, ViewContext context) {
        return new PartialView(model, figure, context);
    }
}
