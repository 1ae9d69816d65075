package org.kobai.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lesson.StateProblem;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.SceneFile;
import org.kobai.lessons.SceneFile.SceneException;

/**
 * Saving the current lesson as a scene file and opening one again: from the File menu, by dropping a
 * file on the window, or named on the command line. Files are read and written off the JavaFX thread;
 * whatever a file holds, the learner gets a plain message, never a stack trace.
 */
final class SceneActions {
    private final KobaiApp app;
    private Path lastFolder;

    SceneActions(KobaiApp app) {
        this.app = app;
    }

    /** Lets scene files be dropped onto the window. */
    void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (sceneFileIn(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<File> file = sceneFileIn(e);
            file.ifPresent(f -> open(f.toPath()));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    private static Optional<File> sceneFileIn(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return e.getDragboard().getFiles().stream()
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(SceneFile.EXTENSION))
                .findFirst();
    }

    void chooseAndOpen() {
        Messages t = text();
        FileChooser chooser = chooser(t.get("scene.openTitle"));
        File file = chooser.showOpenDialog(app.stage());
        if (file != null) {
            open(file.toPath());
        }
    }

    void chooseAndSave() {
        Messages t = text();
        FileChooser chooser = chooser(t.get("scene.saveTitle"));
        LessonModel model = app.window().host().model();
        String lessonId = app.window().host().lesson().id();
        chooser.setInitialFileName(lessonId + "-" + (model.step() + 1) + SceneFile.EXTENSION);
        File file = chooser.showSaveDialog(app.stage());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SceneFile.EXTENSION)) {
            target = target.resolveSibling(target.getFileName() + SceneFile.EXTENSION);
        }
        save(target);
    }

    /** Writes the current lesson, step and every value to {@code file}. */
    void save(Path file) {
        Messages t = text();
        SceneFile.Scene scene = new SceneFile.Scene(app.window().host().lesson().id(),
                app.window().host().model().saveState());
        lastFolder = file.toAbsolutePath().getParent();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                SceneFile.write(file, scene);
                return null;
            }
        };
        task.setOnSucceeded(e -> app.window().showStatus(t.format("scene.saved", file.toString())));
        task.setOnFailed(e -> problem(t.get("scene.saveFailedTitle"),
                t.format("scene.saveFailed", file.toString(), String.valueOf(task.getException().getMessage()))));
        app.background().submit(task);
    }

    /** Opens a scene named on the command line. */
    void openNamed(String name) {
        try {
            open(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            Messages t = text();
            problem(t.get("scene.openFailedTitle"), t.format("scene.openFailed", name, t.get("scene.problem.not_found")));
        }
    }

    /** Reads {@code file} in the background and, if it is a scene, opens its lesson as it was saved. */
    void open(Path file) {
        Messages t = text();
        lastFolder = file.toAbsolutePath().getParent();
        Task<SceneFile.Scene> task = new Task<>() {
            @Override
            protected SceneFile.Scene call() throws SceneException {
                return SceneFile.read(file);
            }
        };
        task.setOnSucceeded(e -> show(file, task.getValue()));
        task.setOnFailed(e -> {
            String reason = task.getException() instanceof SceneException se
                    ? t.get("scene.problem." + se.problem().name().toLowerCase(Locale.ROOT))
                    : String.valueOf(task.getException().getMessage());
            problem(t.get("scene.openFailedTitle"), t.format("scene.openFailed", file.getFileName(), reason));
        });
        app.background().submit(task);
    }

    private void show(Path file, SceneFile.Scene scene) {
        Messages t = text();
        Optional<Lesson<?>> lesson = app.registry().find(scene.lessonId());
        if (lesson.isEmpty()) {
            problem(t.get("scene.openFailedTitle"), t.format("scene.openFailed", file.getFileName(),
                    t.format("scene.unknownLesson", scene.lessonId())));
            return;
        }
        app.window().open(lesson.get(), -1);
        List<StateProblem> problems = app.window().host().model().restoreState(scene.state());
        if (problems.isEmpty() && !scene.fromNewerVersion()) {
            app.window().showStatus(t.format("scene.opened", file.getFileName()));
            return;
        }
        String lines = problems.stream()
                .map(p -> "• " + t.format("scene.restore." + p.reason().name().toLowerCase(Locale.ROOT),
                        p.key(), p.value()))
                .collect(Collectors.joining("\n"));
        String body = (scene.fromNewerVersion() ? t.get("scene.newer") + "\n\n" : "")
                + (problems.isEmpty() ? "" : t.get("scene.notRestored") + "\n" + lines);
        app.window().showStatus(t.format("scene.openedPartly", file.getFileName()));
        problem(t.format("scene.openedPartly", file.getFileName()), body.strip());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(text().get("scene.fileType"), "*" + SceneFile.EXTENSION));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private void problem(String title, String body) {
        Alert a = new Alert(Alert.AlertType.WARNING, body, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(app.stage());
        a.getDialogPane().setId("scene-problem");
        a.show();
    }

    private Messages text() {
        return app.window().appText();
    }
}
