package org.kobai.lessons.descent;

import static org.kobai.lesson.Walkthrough.sweep;
import static org.kobai.lesson.Walkthrough.to;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;
import org.kobai.lesson.Walkthrough;

/** Gradient descent: one variable, a surface, too large a rate, momentum and Adam, and the regime map. */
public final class DescentLesson extends Lesson<DescentModel> {
    public DescentLesson() {
        super("descent", Topic.OPTIMIZATION, DescentModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return DescentExercises.ALL;
    }

    @Override
    public DescentModel createModel() {
        return new DescentModel();
    }

    @Override
    protected Figure figure(DescentModel model, FigureContext context) {
        return new DescentFigure(model, context);
    }

    @Override
    protected LessonView view(DescentModel model, Figure figure, ViewContext context) {
        return new DescentView(model, figure, context);
    }

    /** η from small to just past 2/L on the elongated bowl, where descent stops converging; then momentum. */
    @Override
    protected Walkthrough walkthrough(DescentModel model) {
        return Walkthrough.builder()
                .step(DescentModel.STEP_ONE_VARIABLE).move(4, sweep("eta", 0.02, 0.9)).hold(2)
                .step(DescentModel.STEP_SURFACE).move(4, to("x0", -4), to("y0", -3)).hold(2)
                .step(DescentModel.STEP_TOO_LARGE)
                .move(6, sweep("eta", 0.01, 1.05 * Preset.ELONGATED.bowl().criticalLearningRate())).hold(3)
                .step(DescentModel.STEP_COMPARE).move(4, sweep("beta", 0, 0.9)).hold(2)
                .step(DescentModel.STEP_REGIMES).move(4, sweep("beta", 0.1, 0.95)).hold(2).build();
    }
}
