package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kobai.app.progress.Progress;
import org.kobai.app.progress.ProgressStore;

/** Steps seen are ticked in the navigator, kept on disk, listed in the progress view, and can be reset. */
class ProgressUiTest extends UiFixture {
    private static Path configDir;
    private static KobaiApp app;

    @BeforeAll
    static void startApp() throws Exception {
        configDir = newConfigDir();
        app = launch(configDir);
        onFx(() -> app.setProgress(Progress.empty()));
    }

    @AfterAll
    static void stopApp() throws Exception {
        close(app);
        deleteTree(configDir);
    }

    @AfterEach
    void closeDialogs() {
        interact(() -> Window.getWindows().stream().filter(w -> w != app.stage()).toList()
                .forEach(w -> ((javafx.stage.Stage) w).close()));
    }

    private static void onFx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    private static String navigatorLabel(String lessonId, int step) {
        return fx(() -> {
            for (TreeItem<MainWindow.NavItem> topic : app.window().navigator().getRoot().getChildren()) {
                for (TreeItem<MainWindow.NavItem> lesson : topic.getChildren()) {
                    if (lesson.getValue().lesson().id().equals(lessonId)) {
                        return lesson.getChildren().get(step).getValue().label();
                    }
                }
            }
            throw new AssertionError("no lesson " + lessonId);
        });
    }

    @Test
    void visitedStepsAreTickedAndSaved() {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find("derivative").orElseThrow(), 0);
            app.window().open(app.registry().find("derivative").orElseThrow(), 2);
        });
        assertThat(navigatorLabel("derivative", 0)).startsWith("\u2713 1.");
        assertThat(navigatorLabel("derivative", 2)).startsWith("\u2713 3.");
        assertThat(navigatorLabel("derivative", 1)).startsWith("2.");
        Path file = configDir.resolve("progress.properties");
        waitUntil("the progress is written", () -> Files.exists(file)
                && new ProgressStore(file).load().progress().of("derivative").stepsSeen().containsAll(java.util.List.of(0, 2)));
    }

    @Test
    void theProgressViewContinuesWhereTheLearnerLeftOffAndResets() {
        interact(() -> {
            app.setLanguage("en");
            app.setProgress(Progress.empty().withStepSeen("partial", 0).withStepSeen("partial", 1));
            app.window().open(app.registry().find("linearity").orElseThrow(), 0);
            new ProgressView(app).show();
        });
        assertThat(textOf("#progress-steps-partial")).isEqualTo("2 of 5");
        assertThat(textOf("#progress-continue-partial")).isEqualTo("Continue");
        clickOn("#progress-continue-partial");
        assertThat(fx(() -> app.window().host().lesson().id())).isEqualTo("partial");
        assertThat(fx(() -> app.window().host().model().step())).as("the first step not seen yet").isEqualTo(2);

        interact(() -> new ProgressView(app).show());
        assertThat(textOf("#progress-steps-partial")).isEqualTo("3 of 5");
        clickOn("#progress-reset-partial");
        waitUntil("the confirmation is shown", () -> fx(() -> lookup(".dialog-pane").queryAll().size() >= 2));
        DialogPane confirm = fx(() -> lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> !"progress-dialog".equals(d.getId())).findFirst().orElseThrow());
        clickOn((Button) fx(() -> confirm.lookupButton(ButtonType.OK)));
        assertThat(textOf("#progress-steps-partial")).isEqualTo("0 of 5");
        assertThat(fx(() -> app.progress().of("partial").stepsSeen())).isEmpty();
    }
}
