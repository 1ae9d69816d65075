package org.kobai.lessons.normal;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** The normal distribution: density and area, the 68–95–99.7 rule, z-scores and outliers, samples. */
public final class NormalLesson extends Lesson<NormalModel> {
    public NormalLesson() {
        super("normal", Topic.STATISTICS_AND_PROBABILITY, NormalModel.class);
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
}
