package org.kobai.lessons.expectation;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Random variables and expected value: the loaded die, E[X], Var(X), and rolls converging to E[X]. */
public final class ExpectationLesson extends Lesson<ExpectationModel> {
    public ExpectationLesson() {
        super("expectation", Topic.STATISTICS_AND_PROBABILITY, ExpectationModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return ExpectationExercises.ALL;
    }

    @Override
    public ExpectationModel createModel() {
        return new ExpectationModel();
    }

    @Override
    protected Figure figure(ExpectationModel model, FigureContext context) {
        return new ExpectationFigure(model, context);
    }

    @Override
    protected LessonView view(ExpectationModel model, Figure figure, ViewContext context) {
        return new ExpectationView(model, figure, context);
    }
}
