package org.kobai.lessons.gradient;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** The gradient and the directional derivative, ∇ as an operator (divergence, curl) and the Jacobian. */
public final class GradientLesson extends Lesson<GradientModel> {
    public GradientLesson() {
        super("gradient", Topic.CALCULUS, GradientModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return GradientExercises.ALL;
    }

    @Override
    public GradientModel createModel() {
        return new GradientModel();
    }

    @Override
    protected Figure figure(GradientModel model, FigureContext context) {
        return new GradientFigure(model, context);
    }

    @Override
    protected LessonView view(GradientModel model, Figure figure, ViewContext context) {
        return new GradientView(model, figure, context);
    }
}
