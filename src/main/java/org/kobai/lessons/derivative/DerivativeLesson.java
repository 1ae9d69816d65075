package org.kobai.lessons.derivative;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** The derivative: from the secant to the tangent, local linearity, f'(a) = 0 and a corner. */
public final class DerivativeLesson extends Lesson<DerivativeModel> {
    public DerivativeLesson() {
        super("derivative", Topic.CALCULUS, DerivativeModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return DerivativeExercises.ALL;
    }

    @Override
    public DerivativeModel createModel() {
        return new DerivativeModel();
    }

    @Override
    protected Figure figure(DerivativeModel model, FigureContext context) {
        return new DerivativeFigure(model, context);
    }

    @Override
    protected LessonView view(DerivativeModel model, Figure figure, ViewContext context) {
        return new DerivativeView(model, figure, context);
    }
}
