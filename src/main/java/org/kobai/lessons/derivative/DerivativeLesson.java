package org.kobai.lessons.derivative;

import static org.kobai.lesson.Walkthrough.sweep;
import static org.kobai.lesson.Walkthrough.to;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;
import org.kobai.lesson.Walkthrough;

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

    /** h shrinking to 0.01, the tangent travelling, the zoom, the flat tangents of x³ − 3x at ±1, the corner. */
    @Override
    protected Walkthrough walkthrough(DerivativeModel model) {
        return Walkthrough.builder()
                .step(DerivativeModel.STEP_SECANT).move(5, sweep("h", 1, 0.01)).hold(2)
                .step(DerivativeModel.STEP_TANGENT).move(3, to("c", -1.5)).hold(1).move(4, to("c", 1.5)).hold(1)
                .step(DerivativeModel.STEP_LOCAL).move(5, sweep("zoom", 0, 3)).hold(2)
                .step(DerivativeModel.STEP_STATIONARY).move(3, to("c", -1)).hold(2).move(4, to("c", 1)).hold(2)
                .step(DerivativeModel.STEP_CORNER).move(5, sweep("h", 0.5, 0.01)).hold(2).build();
    }
}
