package org.kobai.plot;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.kobai.lesson.LessonModel;

/**
 * A lesson figure made of one x–y chart that redraws from its model: subclasses add their layers in the
 * constructor, call {@link #follow} last, and say in {@link #update} how the model maps to the layers.
 */
public abstract class XYLessonFigure implements Figure {
    protected final XYFigure xy;
    private final List<Runnable> unfollow = new java.util.ArrayList<>();

    protected XYLessonFigure(String xLabel, String yLabel, FigureContext context) {
        xy = new XYFigure(xLabel, yLabel, context.style());
    }

    /** Draws now and again whenever the model changes; call once the layers exist. */
    protected final void follow(LessonModel model) {
        unfollow.add(model.onChange(this::refresh));
        refresh();
    }

    /** Runs {@code stop} when the figure is disposed: for whatever else the figure follows (a surface's angle). */
    protected final void onDispose(Runnable stop) {
        unfollow.add(stop);
    }

    @Override
    public void dispose() {
        unfollow.forEach(Runnable::run);
        unfollow.clear();
    }

    /** Recomputes every layer from the model. Runs inside one batch: the chart redraws once. */
    protected abstract void update();

    /** Redraws from the model; one chart change for the whole update. */
    public final void refresh() {
        xy.batch(this::update);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(xy.chart());
    }

    @Override
    public void applyStyle(FigureStyle style) {
        xy.applyStyle(style);
    }

    public XYFigure xy() { return xy; }
}
