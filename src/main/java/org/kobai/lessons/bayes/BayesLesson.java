package org.kobai.lessons.bayes;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Joint and conditional probability on two dice, the multiplication theorem, and Bayes' theorem for spam. */
public final class BayesLesson extends Lesson<BayesModel> {
    public BayesLesson() {
        super("bayes", Topic.STATISTICS_AND_PROBABILITY, BayesModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return BayesExercises.ALL;
    }

    @Override
    public BayesModel createModel() {
        return new BayesModel();
    }

    @Override
    protected Figure figure(BayesModel model, FigureContext context) {
        return new BayesFigure(model, context);
    }

    @Override
    protected LessonView view(BayesModel model, Figure figure, ViewContext context) {
        return new BayesView(model, figure, context);
    }
}
