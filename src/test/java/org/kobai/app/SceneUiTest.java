package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.jfree.chart3d.fx.Chart3DViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.SurfaceAngle;
import org.kobai.lessons.partial.PartialFigure;
import org.kobai.lessons.partial.PartialModel;
import org.kobai.ui.FigurePane;

/** Saving a scene and opening it again restores the same figure; a broken file is refused politely. */
class SceneUiTest extends UiFixture {
    private static Path configDir;
    private static Path files;
    private static KobaiApp app;

    @BeforeAll
    static void startApp() throws Exception {
        configDir = newConfigDir();
        files = Files.createTempDirectory("kobai-scenes");
        app = launch(configDir);
    }

    @AfterAll
    static void stopApp() throws Exception {
        close(app);
        deleteTree(configDir);
        deleteTree(files);
    }

    @AfterEach
    void closeDialogs() {
        interact(() -> Window.getWindows().stream().filter(w -> w != app.stage()).toList()
                .forEach(w -> ((javafx.stage.Stage) w).close()));
    }

    private static PartialModel partial() {
        return (PartialModel) app.window().host().model();
    }

    @Test
    void savingAndReopeningASceneRestoresTheSameFigure() {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find("partial").orElseThrow(), PartialModel.STEP_X2);
            partial().setFunction("sin(x1) cos(x2)");
            partial().c().set(-0.75);
            partial().d().set(1.25);
        });
        double[][] slice = fx(() -> ((PartialFigure) app.window().host().figure()).sliceData());
        Path file = files.resolve("lesson.kobai");
        interact(() -> app.scenes().save(file));
        waitUntil("the scene is written", () -> Files.exists(file));

        interact(() -> {
            app.window().open(app.registry().find("linearity").orElseThrow(), 0);
            app.window().open(app.registry().find("partial").orElseThrow(), PartialModel.STEP_MAP);
            partial().setFunction("x1 x2");
            partial().c().set(2);
        });
        interact(() -> app.scenes().open(file));
        waitUntil("the scene is open", () -> fx(() -> partial().step() == PartialModel.STEP_X2));
        assertThat(fx(() -> partial().function().text())).isEqualTo("sin(x1) cos(x2)");
        assertThat(fx(() -> partial().c().get())).isEqualTo(-0.75);
        assertThat(fx(() -> ((PartialFigure) app.window().host().figure()).sliceData())).isDeepEqualTo(slice);
        assertThat(textOf("#status")).contains("lesson.kobai");
    }

    @Test
    void theSurfaceTurnedByDragAndByKeyComesBackTurnedSoWithTheScene() {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find("partial").orElseThrow(), PartialModel.STEP_MAP);
        });
        PartialFigure figure = fx(() -> (PartialFigure) app.window().host().figure());
        FigurePane pane = fx(() -> (FigurePane) app.window().host().view().figure());
        SurfaceAngle before = fx(() -> figure.surface().angle());

        // a drag on the surface turns it, and the lesson keeps the angle it was left at
        Chart3DViewer viewer = fx(() -> pane.surfaceViewers().get(0));
        drag(viewer, MouseButton.PRIMARY).moveBy(80, 30).drop();
        waitUntil("the lesson has the dragged angle", () -> fx(() -> partial().surfaceAngle() != null));
        SurfaceAngle dragged = fx(() -> partial().surfaceAngle());
        assertThat(dragged).isNotEqualTo(before).isEqualTo(fx(() -> figure.surface().angle()));

        // so do Ctrl+arrows on the focused figure
        interact(() -> {
            app.stage().requestFocus();
            pane.requestFocus();
        });
        waitUntil("the figure has the focus", () -> fx(pane::isFocused));
        push(KeyCode.CONTROL, KeyCode.RIGHT);
        push(KeyCode.CONTROL, KeyCode.UP);
        SurfaceAngle turned = fx(() -> partial().surfaceAngle());
        assertThat(turned).isNotEqualTo(dragged).isEqualTo(fx(() -> figure.surface().angle()));

        Path file = files.resolve("turned.kobai");
        interact(() -> app.scenes().save(file));
        waitUntil("the scene is written", () -> Files.exists(file));
        interact(() -> {
            app.window().open(app.registry().find("linearity").orElseThrow(), 0);
            app.window().open(app.registry().find("partial").orElseThrow(), PartialModel.STEP_MAP);
            partial().setSurfaceAngle(before);
        });
        interact(() -> app.scenes().open(file));
        waitUntil("the scene is open", () -> fx(() -> turned.equals(partial().surfaceAngle())));
        PartialFigure reopened = fx(() -> (PartialFigure) app.window().host().figure());
        SurfaceAngle shown = fx(() -> reopened.surface().angle());
        assertThat(shown.theta()).isCloseTo(turned.theta(), within(1e-12));
        assertThat(shown.phi()).isCloseTo(turned.phi(), within(1e-12));
        assertThat(shown.roll()).isCloseTo(turned.roll(), within(1e-9));
    }

    @Test
    void aClassPreparedAsAFolderOfScenesIsPlayedThroughWithCtrlPageDownAndUp() throws Exception {
        Path lesson = Files.createDirectories(files.resolve("class"));
        Files.writeString(lesson.resolve("1 lines.kobai"), "kobai-scene=1\nlesson=linearity\nstep=2\n");
        Files.writeString(lesson.resolve("2 tangent.kobai"), "kobai-scene=1\nlesson=derivative\nstep=1\nparam.c=1.5\n");
        Files.writeString(lesson.resolve("10 descent.kobai"), "kobai-scene=1\nlesson=descent\nstep=3\n");
        Files.writeString(lesson.resolve("notes.txt"), "not a scene");
        interact(() -> {
            app.setLanguage("en");
            app.scenes().openNamed(lesson.toString()); // a folder named on the command line: its first scene
        });
        waitUntil("the first scene is open", () -> fx(() -> app.window().host().lesson().id().equals("linearity")));
        assertThat(fx(() -> app.window().host().model().step())).isEqualTo(2);
        waitUntil("the status says where", () -> textOf("#status").contains("1 of 3"));

        interact(() -> app.stage().requestFocus());
        push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        waitUntil("the second scene", () -> fx(() -> app.window().host().lesson().id().equals("derivative")));
        assertThat(fx(() -> app.window().host().model().parameter("c").orElseThrow().get())).isEqualTo(1.5);
        push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        waitUntil("the third scene, 10 after 2", () -> fx(() -> app.window().host().lesson().id().equals("descent")));
        waitUntil("the status says where", () -> textOf("#status").contains("3 of 3"));
        push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        waitUntil("the end is said", () -> textOf("#status").contains("is the last scene"));
        assertThat(fx(() -> app.window().host().lesson().id())).isEqualTo("descent");
        push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        waitUntil("back to the second", () -> fx(() -> app.window().host().lesson().id().equals("derivative")));
    }

    @Test
    void aBrokenFileIsRefusedWithAMessageAndChangesNothing() throws Exception {
        Path broken = Files.writeString(files.resolve("broken.kobai"), "\u0000\u0001 not a scene");
        interact(() -> app.window().open(app.registry().find("linearity").orElseThrow(), 2));
        interact(() -> app.scenes().open(broken));
        waitUntil("the problem is shown", () -> fx(() -> lookup("#scene-problem").tryQuery().isPresent()));
        Node dialog = lookup("#scene-problem").query();
        String body = fx(() -> ((javafx.scene.control.DialogPane) dialog).getContentText());
        assertThat(body).contains("broken.kobai").contains("not a Kobai scene");
        assertThat(fx(() -> app.window().host().lesson().id())).isEqualTo("linearity");
        assertThat(fx(() -> app.window().host().model().step())).isEqualTo(2);
    }

    @Test
    void aSceneForAnUnknownLessonOrWithBadValuesSaysWhat() throws Exception {
        Path future = Files.writeString(files.resolve("future.kobai"),
                "kobai-scene=2\nlesson=partial\nstep=1\nparam.c=7\nparam.d=0.5\nfunction=x1^^2\n");
        interact(() -> app.scenes().open(future));
        waitUntil("the problems are shown", () -> fx(() -> lookup("#scene-problem").tryQuery().isPresent()));
        String body = fx(() -> ((javafx.scene.control.DialogPane) lookup("#scene-problem").query()).getContentText());
        assertThat(body).contains("newer version").contains("param.c = 7").contains("function = “x1^^2”");
        assertThat(fx(() -> partial().d().get())).as("what could be restored was").isEqualTo(0.5);
        closeDialogs();

        Path unknown = Files.writeString(files.resolve("unknown.kobai"), "kobai-scene=1\nlesson=topology\n");
        interact(() -> app.scenes().open(unknown));
        waitUntil("the problem is shown", () -> fx(() -> lookup("#scene-problem").tryQuery().isPresent()));
        assertThat(fx(() -> ((javafx.scene.control.DialogPane) lookup("#scene-problem").query()).getContentText()))
                .contains("topology");
    }
}
