package org.kobai.lessons.normal;

import static org.kobai.lesson.Walkthrough.sweep;
import static org.kobai.lesson.Walkthrough.to;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;
import org.kobai.lesson.Walkthrough;

/** The normal distribution: density and area, the 68–95–99.7 rule, z-scores and outliers, samples. */
public final class NormalLesson extends Lesson<NormalModel> {
    public NormalLesson() {
        super("normal", Topic.STATISTICS_AND_PROBABILITY, NormalModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return NormalExercises.ALL;
    }

    @Override
    public NormalModel createModel() {
        return new NormalModel();
    }

    @Override
    protected Figure figure(NormalModel model, FigureContext context) {
        return new NormalFigure(model, context);
    }

    @Override
    protected LessonView view(NormalModel model, Figure figure, ViewContext context) {
        return new NormalView(model, figure, context);
    }

    /** The area growing, then a and b widening to ±1σ, ±2σ, ±3σ (68 %, 95 %, 99.7 %), outliers, a wider σ. */
    @Override
    protected Walkthrough walkthrough(NormalModel model) {
        return Walkthrough.builder()
                .step(NormalModel.STEP_AREA).move(3, to("b", 2)).hold(1).move(3, to("a", -0.5)).hold(1)
                .step(NormalModel.STEP_SIGMAS).move(2, sweep("a", 0, -1), sweep("b", 0, 1)).hold(2)
                .move(2, to("a", -2), to("b", 2)).hold(2).move(2, to("a", -3), to("b", 3)).hold(2)
                .step(NormalModel.STEP_OUTLIERS).move(4, sweep("k", 1, 3)).hold(2)
                .step(NormalModel.STEP_SAMPLES).move(4, sweep("sigma", 1, 2)).hold(1).move(3, to("sigma", 1)).hold(1)
                .build();
    }
}
