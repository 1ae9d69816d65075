package org.kobai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.math.NumberText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the lessons: id, topic, title, steps and settable parameters.")
final class LessonsCommand implements Runnable {
    private final LessonRegistry registry;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--lang", description = "Language of the titles: ja or en (default en).")
    String lang;

    @Spec
    CommandSpec spec;

    LessonsCommand(LessonRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void run() {
        Locale locale = LessonSetup.language(lang);
        List<Object> lessons = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Lesson<?> lesson : registry.all()) {
            LessonModel model = lesson.createModel();
            String title = lesson.text(locale).get("title");
            String topic = lesson.topic().name().toLowerCase(Locale.ROOT).replace('_', '-');
            List<Object> params = new ArrayList<>();
            text.append(lesson.id()).append("  ").append(title).append("  [").append(topic).append(", ")
                    .append(model.stepCount()).append(" steps]\n");
            for (Parameter p : model.parameters()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.id());
                m.put("min", p.min());
                m.put("max", p.max());
                m.put("default", p.defaultValue());
                params.add(m);
                text.append("    ").append(p.id()).append(" = ").append(NumberText.plain(p.defaultValue()))
                        .append("  (").append(NumberText.plain(p.min())).append(" to ")
                        .append(NumberText.plain(p.max())).append(")\n");
            }
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", lesson.id());
            l.put("title", title);
            l.put("topic", topic);
            l.put("steps", model.stepCount());
            l.put("parameters", params);
            lessons.add(l);
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(Map.of("lessons", lessons)));
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
    }
}
