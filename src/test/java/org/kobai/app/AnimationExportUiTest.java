package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Animation;
import org.kobai.lessons.derivative.DerivativeModel;
import org.kobai.lessons.descent.DescentModel;
import org.kobai.plot.GifFrames;

/** File → Export animation…: the step's animation written as a GIF in the background, with a Cancel. */
class AnimationExportUiTest extends UiFixture {
    private static Path configDir;
    private static Path files;
    private static KobaiApp app;

    @BeforeAll
    static void startApp() throws Exception {
        configDir = newConfigDir();
        files = Files.createTempDirectory("kobai-animations");
        app = launch(configDir);
        fx(() -> {
            app.setLanguage("en");
            return null;
        });
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
                .forEach(Window::hide)); // dialogs, and the menu and tooltip popups
    }

    /** Chooses as the size dialog and the save dialog would: the file, the size and the frames. */
    private void choose(Path file, int width, int height, int frames) {
        interact(() -> app.animations().setChoice(animation ->
                Optional.of(new AnimationExport.Choice(file, width, height, frames))));
    }

    private static MenuItem item() {
        return fx(() -> ((MenuBar) app.window().getTop()).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-export-animation".equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void theShortcutWritesTheDescentRunAsALoopingGifWithAFrameForEachStep() throws Exception {
        interact(() -> app.window().open(app.registry().find("descent").orElseThrow(), DescentModel.STEP_SURFACE));
        Animation expected = fx(() -> app.window().host().model().animation().orElseThrow());
        Path file = files.resolve("descent.gif");
        choose(file, 480, 270, 12);
        interact(() -> app.window().navigator().requestFocus());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        waitUntil("the animation is written", 60, () -> Files.exists(file));
        waitUntil("the status says so", () -> textOf("#status").contains("descent.gif"));

        GifFrames gif = GifFrames.read(file);
        assertThat(expected.quantity()).isEqualTo(DescentModel.ITERATION);
        assertThat(gif.frames()).hasSize(12);
        assertThat(gif.frames().get(0).getWidth()).isEqualTo(480);
        assertThat(gif.frames().get(0).getHeight()).isEqualTo(270);
        assertThat(gif.loops()).isZero();
        assertThat(GifFrames.differingPixels(gif.frames().get(0), gif.frames().get(gif.frames().size() - 1)))
                .as("the path has grown between the first frame and the last").isGreaterThan(500);
        assertThat(fx(() -> ((DescentModel) app.window().host().model()).revealed()))
                .as("the run on screen is untouched").isEqualTo(fx(() -> ((DescentModel) app.window().host().model()).longest()));
    }

    @Test
    void aStepWithoutAnAnimationDisablesTheItemAndSaysWhy() {
        interact(() -> app.window().open(app.registry().find("linearity").orElseThrow(), 0));
        clickOn(lookup(".menu-bar .menu").nth(0).queryAs(Node.class));
        waitUntil("the File menu is open", () -> fx(() -> item().getStyleableNode() != null
                && item().getStyleableNode().getScene() != null));
        assertThat(fx(() -> item().isDisable())).isTrue();
        Tooltip tip = fx(() -> (Tooltip) item().getStyleableNode().getProperties().get("javafx.scene.control.Tooltip"));
        assertThat(tip).as("a tooltip on the disabled item").isNotNull();
        assertThat(fx(tip::getText)).contains("no animation");
        moveTo(fx(() -> item().getStyleableNode()));
        waitUntil("the tooltip shows over the greyed-out item", () -> fx(tip::isShowing));
        push(KeyCode.ESCAPE);

        interact(() -> app.window().open(app.registry().find("derivative").orElseThrow(), DerivativeModel.STEP_SECANT));
        assertThat(fx(() -> item().isDisable())).as("enabled again where h → 0 animates").isFalse();
    }

    @Test
    void theSizeDialogOffersTheStepsFramesAndRefusesTooFew() {
        interact(() -> {
            app.window().open(app.registry().find("derivative").orElseThrow(), DerivativeModel.STEP_LOCAL);
            app.animations().useDialogs();
        });
        javafx.application.Platform.runLater(() -> app.animations().chooseAndExport());
        waitUntil("the size dialog shows", () -> lookup("#export-frames").tryQuery().isPresent());
        assertThat(fx(() -> lookup("#export-frames").queryAs(javafx.scene.control.TextField.class).getText()))
                .isEqualTo(Integer.toString(Animation.DEFAULT_FRAMES));
        interact(() -> lookup("#export-frames").queryAs(javafx.scene.control.TextField.class).setText("1"));
        clickOn(fx(() -> lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK)));
        waitUntil("the dialog says why", () -> lookup(".field-error").queryAll().stream()
                .anyMatch(n -> fx(() -> ((javafx.scene.control.Label) n).getText()).contains("from 2 to 500")));
        clickOn(fx(() -> lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL)));
        waitUntil("the dialog is gone", () -> lookup("#export-frames").tryQuery().isEmpty());
    }

    @Test
    void cancelStopsTheExportAndWritesNoFile() {
        interact(() -> app.window().open(app.registry().find("descent").orElseThrow(), DescentModel.STEP_COMPARE));
        Path file = files.resolve("cancelled.gif");
        choose(file, AnimationExport.WIDTH, AnimationExport.HEIGHT, 200);
        interact(() -> app.animations().chooseAndExport());
        waitUntil("the progress shows", () -> lookup("#animation-cancel").tryQuery().isPresent());
        clickOn("#animation-cancel");
        waitUntil("the status says it was cancelled", 30, () -> textOf("#status").contains("cancelled"));
        waitUntil("the background work has stopped", 30, () -> {
            try (var left = Files.list(files)) {
                return left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
            }
        });
        assertThat(file).doesNotExist();
    }
}
