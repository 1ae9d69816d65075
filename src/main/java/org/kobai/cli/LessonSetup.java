package org.kobai.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.math.NumberText;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;

/** A lesson set up from command-line words: id, step (1-based) and name=value settings. */
final class LessonSetup {
    final Lesson<?> lesson;
    final LessonModel model;

    private LessonSetup(Lesson<?> lesson, LessonModel model) {
        this.lesson = lesson;
        this.model = model;
    }

    static LessonSetup of(LessonRegistry registry, String id, Integer step, List<String> settings) {
        return of(registry, id, step, settings, Map.of(), problem -> { });
    }

    /**
     * A lesson restored from a scene's {@code state} first (what cannot be restored goes to
     * {@code warnings}); {@code step} and {@code settings} then apply on top.
     */
    static LessonSetup of(LessonRegistry registry, String id, Integer step, List<String> settings,
                          Map<String, String> state, Consumer<StateProblem> warnings) {
        Lesson<?> lesson = registry.find(id).orElseThrow(() -> new IllegalArgumentException(
                "no lesson '" + id + "'; see 'kobai lessons' for the ids"));
        LessonModel model = lesson.createModel();
        if (step != null && (step < 1 || step > model.stepCount())) {
            throw new IllegalArgumentException("--step must be between 1 and " + model.stepCount()
                    + " for lesson '" + id + "', got " + step);
        }
        model.restoreState(state).forEach(warnings);
        if (step != null) {
            model.enterStep(step - 1);
        } else if (state.isEmpty()) {
            model.enterStep(0);
        }
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set takes name=value, got '" + setting + "'");
            }
            String name = setting.substring(0, eq).trim();
            Parameter p = model.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                    "lesson '" + id + "' has no parameter '" + name + "'; it has "
                            + model.parameters().stream().map(Parameter::id).toList()));
            double value;
            try {
                value = NumberText.parse(setting.substring(eq + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--set " + name + ": " + e.getMessage());
            }
            p.set(value); // throws with the range when outside
        }
        return new LessonSetup(lesson, model);
    }

    Figure figure(Locale locale, FigureStyle style) {
        return lesson.createFigure(model, new FigureContext(lesson.text(locale), style));
    }

    static Locale language(String lang) {
        if (lang == null) {
            return Locale.ENGLISH;
        }
        return switch (lang) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang must be ja or en, got '" + lang + "'");
        };
    }
}
