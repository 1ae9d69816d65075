package org.kobai.lessons;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.kobai.lesson.LessonModel;

/** A lesson's state written as a scene file's text and read back, as a teacher's file would travel. */
public final class SceneRoundTrip {
    private SceneRoundTrip() {}

    public static Map<String, String> throughFile(String lessonId, LessonModel model) {
        String text = SceneFile.format(new SceneFile.Scene(lessonId, model.saveState()));
        try {
            return SceneFile.parse(text.getBytes(StandardCharsets.UTF_8)).state();
        } catch (SceneFile.SceneException e) {
            throw new AssertionError("a saved scene does not read back: " + text, e);
        }
    }
}
