package org.kobai.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.SceneFile.Problem;
import org.kobai.lessons.SceneFile.Scene;
import org.kobai.lessons.SceneFile.SceneException;
import org.kobai.lessons.partial.PartialModel;

/** Scene files: written and read back unchanged, and every kind of broken file refused in plain words. */
class SceneFileTest {

    private static Scene parse(String text) throws SceneException {
        return SceneFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problemOf(String text) {
        try {
            parse(text);
        } catch (SceneException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
            return e.problem();
        }
        throw new AssertionError("read as a scene: " + text);
    }

    @Test
    void aLessonStateSurvivesTheRoundTripThroughAFile(@TempDir Path dir) throws Exception {
        PartialModel model = new PartialModel();
        model.enterStep(PartialModel.STEP_PLANE);
        model.c().set(-1.25);
        model.setFunction("sin(x1) cos(x2)");
        Path file = dir.resolve("class" + SceneFile.EXTENSION);
        SceneFile.write(file, new Scene("partial", model.saveState()));

        Scene read = SceneFile.read(file);
        assertThat(read.lessonId()).isEqualTo("partial");
        assertThat(read.fromNewerVersion()).isFalse();
        PartialModel restored = new PartialModel();
        assertThat(restored.restoreState(read.state())).isEmpty();
        assertThat(restored.step()).isEqualTo(PartialModel.STEP_PLANE);
        assertThat(restored.values()).isEqualTo(model.values());
        assertThat(restored.function().text()).isEqualTo("sin(x1) cos(x2)");
        assertThat(Files.readString(file)).startsWith("kobai-scene=1\nlesson=partial\n");
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void awkwardTextComesBackExactly() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("function", " x = 1 # not a comment \\ 日本語\n2nd line\ttab");
        state.put("key with = and : inside", "#!");
        state.put("empty", "");
        Scene scene = new Scene("derivative", state);
        assertThat(parse(SceneFile.format(scene))).isEqualTo(scene);
    }

    @Property
    void anyStateComesBackExactly(@ForAll("keys") String key, @ForAll String value) throws Exception {
        Scene scene = new Scene("linearity", Map.of(key, value));
        assertThat(parse(SceneFile.format(scene))).isEqualTo(scene);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
                .filter(k -> !k.equals("kobai-scene") && !k.equals("lesson"));
    }

    @Test
    void aFileFromANewerVersionOpensWithAWarningFlag() throws Exception {
        Scene scene = parse("kobai-scene=7\nlesson=linearity\nstep=2\nparam.a=1\nnewThing=yes\n");
        assertThat(scene.fromNewerVersion()).isTrue();
        assertThat(scene.state()).containsEntry("newThing", "yes").containsEntry("step", "2");
    }

    @Test
    void brokenFilesAreRefusedWithTheReason() {
        assertThat(problemOf("")).isEqualTo(Problem.NOT_A_SCENE);
        assertThat(problemOf("kobai-sce")).as("truncated").isEqualTo(Problem.NOT_A_SCENE);
        assertThat(problemOf("hello world\n")).isEqualTo(Problem.NOT_A_SCENE);
        assertThat(problemOf("kobai-scene=1\n")).isEqualTo(Problem.NO_LESSON);
        assertThat(problemOf("kobai-scene=1\nlesson=  \n")).isEqualTo(Problem.NO_LESSON);
        assertThat(problemOf("kobai-scene=one\nlesson=x\n")).isEqualTo(Problem.BAD_FORMAT);
        assertThat(problemOf("kobai-scene=0\nlesson=x\n")).isEqualTo(Problem.BAD_FORMAT);
        assertThat(problemOf("kobai-scene=1\nlesson=x\nfunction=\\u12\n")).isEqualTo(Problem.NOT_TEXT);
        assertThatThrownBy(() -> SceneFile.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}))
                .isInstanceOfSatisfying(SceneException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_TEXT));
    }

    @Test
    void missingAndHugeFilesAreRefused(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> SceneFile.read(dir.resolve("none.kobai")))
                .isInstanceOfSatisfying(SceneException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
        Path huge = dir.resolve("huge.kobai");
        Files.write(huge, new byte[(int) SceneFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> SceneFile.read(huge))
                .isInstanceOfSatisfying(SceneException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        assertThatThrownBy(() -> SceneFile.read(dir))
                .isInstanceOfSatisfying(SceneException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNREADABLE));
    }

    /** Whatever the bytes, reading either gives a scene or a SceneException: nothing else escapes. */
    @Property(tries = 2000)
    void randomBytesNeverThrowAnythingElse(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            SceneFile.parse(bytes);
        } catch (SceneException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** A valid file with a few characters changed: read, or refused with a reason; restoring never throws. */
    @Property(tries = 2000)
    void damagedScenesNeverThrowAnythingElse(@ForAll("damaged") String text) {
        try {
            Scene scene = parse(text);
            PartialModel model = new PartialModel();
            for (StateProblem p : model.restoreState(scene.state())) {
                assertThat(p.key()).isNotNull();
            }
        } catch (SceneException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> damaged() {
        String valid = "kobai-scene=1\nlesson=partial\nfunction=x1^2 + 2x1 x2 - x2^2\nparam.c=1.0\nparam.d=2.0\n"
                + "param.s=0.5\nstep=3\n";
        return Arbitraries.integers().between(0, valid.length() - 1).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(cuts -> Arbitraries.chars().list().ofSize(cuts.size()).map(chars -> {
                    StringBuilder b = new StringBuilder(valid);
                    for (int i = 0; i < cuts.size(); i++) {
                        int at = Math.min(cuts.get(i), b.length() - 1);
                        if (chars.get(i) % 3 == 0) {
                            b.deleteCharAt(at);
                        } else {
                            b.setCharAt(at, chars.get(i));
                        }
                    }
                    return b.toString();
                }));
    }
}
