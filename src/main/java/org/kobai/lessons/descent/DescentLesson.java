package org.kobai.lessons.descent;

import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/** Gradient descent: one variable, a surface, too large a rate, momentum and Adam, and the regime map. */
public final class DescentLesson extends Lesson<DescentModel> {
    public DescentLesson() {
        super("descent", Topic.OPTIMIZATION, DescentModel.class);
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
}
