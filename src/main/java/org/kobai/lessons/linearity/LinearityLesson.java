package org.kobai.lessons.linearity;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Functions and linearity: the first lesson, and the template the others copy. */
public final class LinearityLesson extends Lesson<LinearityModel> {
    public LinearityLesson() {
        super("linearity", Topic.CALCULUS, LinearityModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return LinearityExercises.ALL;
    }

    @Override
    public LinearityModel createModel() {
        return new LinearityModel();
    }

    @Override
    protected Figure figure(LinearityModel model, FigureContext context) {
        return new LinearityFigure(model, context);
    }

    @Override
    protected LessonView view(LinearityModel model, Figure figure, ViewContext context) {
        return new LinearityView(model, figure, context);
    }
}
