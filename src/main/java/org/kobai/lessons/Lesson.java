package org.kobai.lessons;

import java.util.Locale;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Topic;
import org.kobai.lesson.Walkthrough;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.ui.LessonView;
import org.kobai.ui.ViewContext;

/**
 * One lesson: how to make its model, its figure and its view. Its text is the bundle
 * {@code messages} in the lesson's own package (keys {@code title}, {@code step.N.title},
 * {@code step.N.body}, {@code param.ID}, ...). Register it with one line in {@link LessonRegistry}.
 *
 * @param <M> the lesson's model type
 */
public abstract class Lesson<M extends LessonModel> {
    private final String id;
    private final Topic topic;
    private final Class<M> modelType;

    protected Lesson(String id, Topic topic, Class<M> modelType) {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Lesson ids are lower-case words joined by '-': " + id);
        }
        this.id = id;
        this.topic = topic;
        this.modelType = modelType;
    }

    public final String id() { return id; }
    public final Topic topic() { return topic; }

    public Messages text(Locale locale) {
        return new Messages(getClass().getPackageName() + ".messages", locale);
    }

    public abstract M createModel();

    /** The kinds of exercise that end the lesson; none by default. */
    public java.util.List<org.kobai.lesson.exercise.ExerciseKind> exercises() {
        return java.util.List.of();
    }

    /**
     * The scripted demonstration a teacher can play in class. By default {@link Walkthrough#standard}, derived
     * from the steps and parameters; a lesson with a story to show overrides this with one script.
     */
    protected Walkthrough walkthrough(M model) {
        return Walkthrough.standard(model);
    }

    public final Walkthrough createWalkthrough(LessonModel model) {
        return walkthrough(modelType.cast(model));
    }

    protected abstract Figure figure(M model, FigureContext context);

    protected abstract LessonView view(M model, Figure figure, ViewContext context);

    public final Figure createFigure(LessonModel model, FigureContext context) {
        return figure(modelType.cast(model), context);
    }

    public final LessonView createView(LessonModel model, Figure figure, ViewContext context) {
        return view(modelType.cast(model), figure, context);
    }

    @Override
    public String toString() { return id; }
}
