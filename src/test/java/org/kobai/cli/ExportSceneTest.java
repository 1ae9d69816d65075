package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kobai.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.lessons.SceneFile;
import org.kobai.lessons.partial.PartialModel;

/** {@code export --scene}: a teacher's saved scene rendered without opening the app. */
class ExportSceneTest {
    @TempDir
    Path dir;

    private Path scene(Map<String, String> state) throws IOException {
        Path file = dir.resolve("scene-" + state.hashCode() + SceneFile.EXTENSION);
        SceneFile.write(file, new SceneFile.Scene("partial", state));
        return file;
    }

    private static Map<String, String> planeStepWithCAt(double c) {
        PartialModel model = new PartialModel();
        model.enterStep(PartialModel.STEP_PLANE);
        model.c().set(c);
        return model.saveState();
    }

    @Test
    void aSceneDrawsTheSameFigureAsTheSameValuesGivenByHand() throws IOException {
        Path fromScene = dir.resolve("scene.png");
        Path byHand = dir.resolve("hand.png");
        CliTest.Run r = run("export", "--scene", scene(planeStepWithCAt(-1)).toString(), "--size", "400x300",
                "--out", fromScene.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        // Step 4 sets c = 1, d = 2, s = 0.5; the scene changed c only.
        assertThat(run("export", "--lesson", "partial", "--step", "4", "--set", "c=-1", "--size", "400x300",
                "--out", byHand.toString()).status()).isZero();
        assertThat(Files.readAllBytes(fromScene)).isEqualTo(Files.readAllBytes(byHand));
    }

    @Test
    void theTypedFunctionComesWithTheScene() throws IOException {
        Map<String, String> typed = new LinkedHashMap<>(planeStepWithCAt(-1));
        typed.put("function", "x1^2 + x2^2");
        Path plain = dir.resolve("plain.png");
        Path bowl = dir.resolve("bowl.png");
        assertThat(run("export", "--scene", scene(planeStepWithCAt(-1)).toString(), "--size", "400x300",
                "--out", plain.toString()).status()).isZero();
        assertThat(run("export", "--scene", scene(typed).toString(), "--size", "400x300",
                "--out", bowl.toString()).status()).isZero();
        assertThat(Files.readAllBytes(bowl)).isNotEqualTo(Files.readAllBytes(plain));
    }

    @Test
    void valuesThatCannotBeRestoredAreNamedAndTheRestIsDrawn() throws IOException {
        Map<String, String> damaged = new LinkedHashMap<>(planeStepWithCAt(-1));
        damaged.put("param.d", "lots");
        Path out = dir.resolve("out.png");
        CliTest.Run r = run("export", "--scene", scene(damaged).toString(), "--size", "400x300", "--out", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.errLines()).containsExactly("warning: the scene's param.d = 'lots' was not restored (not a number)");
        assertThat(out).exists();
    }

    @Test
    void aBrokenSceneExitsTwoWithOneLine() throws IOException {
        Path notScene = dir.resolve("notes" + SceneFile.EXTENSION);
        Files.writeString(notScene, "shopping list\nmilk\n");
        Path out = dir.resolve("out.png");
        CliTest.Run r = run("export", "--scene", notScene.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("not a Kobai scene").doesNotContain("Exception");
        assertThat(out).doesNotExist();

        CliTest.Run missing = run("export", "--scene", dir.resolve("gone.kobai").toString(), "--out", out.toString());
        assertThat(missing.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).contains("does not exist");

        CliTest.Run mismatch = run("export", "--lesson", "linearity", "--scene", scene(planeStepWithCAt(0)).toString(),
                "--out", out.toString());
        assertThat(mismatch.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(mismatch.err()).contains("partial");
    }

    @Test
    void theSurfaceIsDrawnFromTheAngleTheSceneWasTurnedTo() throws IOException {
        PartialModel model = new PartialModel();
        model.enterStep(PartialModel.STEP_MAP);
        Map<String, String> plain = model.saveState();
        Map<String, String> turned = new LinkedHashMap<>(plain);
        turned.put("view.surface", "0.9, 1.2, 0.3");
        Map<String, String> turnedAgain = new LinkedHashMap<>(turned);
        Path[] out = {dir.resolve("plain.png"), dir.resolve("turned.png"), dir.resolve("again.png")};
        int i = 0;
        for (Map<String, String> state : java.util.List.of(plain, turned, turnedAgain)) {
            CliTest.Run r = run("export", "--scene", scene(state).toString(), "--size", "500x300",
                    "--out", out[i++].toString());
            assertThat(r.status()).as(r.err()).isZero();
        }
        assertThat(Files.readAllBytes(out[1])).isNotEqualTo(Files.readAllBytes(out[0]));
        assertThat(Files.readAllBytes(out[2])).isEqualTo(Files.readAllBytes(out[1]));
    }
}
