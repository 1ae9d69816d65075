package org.kobai.lessons.systems;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** The identity matrix, the inverse, and solving Ax = b with A⁻¹b and by the sweeping-out method. */
public final class SystemsLesson extends Lesson<SystemsModel> {
    public SystemsLesson() {
        super("systems", Topic.LINEAR_ALGEBRA, SystemsModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return SystemsExercises.ALL;
    }

    @Override
    public SystemsModel createModel() {
        return new SystemsModel();
    }

    @Override
    protected Figure figure(SystemsModel model, FigureContext context) {
        return new SystemsFigure(model, context);
    }

    @Override
    protected LessonView view(SystemsModel model, Figure figure, ViewContext context) {
        return new SystemsView(model, figure, context);
    }
}
