package org.kobai.lessons.vectors;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Vectors, the inner product and cosine similarity: the first lesson of linear algebra. */
public final class VectorsLesson extends Lesson<VectorsModel> {
    public VectorsLesson() {
        super("vectors", Topic.LINEAR_ALGEBRA, VectorsModel.class);
    }

    @Override
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return VectorsExercises.ALL;
    }

    @Override
    public VectorsModel createModel() {
        return new VectorsModel();
    }

    @Override
    protected Figure figure(VectorsModel model, FigureContext context) {
        return new VectorsFigure(model, context);
    }

    @Override
    protected LessonView view(VectorsModel model, Figure figure, ViewContext context) {
        return new VectorsView(model, figure, context);
    }
}
