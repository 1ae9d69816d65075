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
import org.kobai.lessons.SceneFolder;

/**
 * Saving the current lesson as a scene file and opening one again: from the File menu, by dropping a
 * file on the window, or named on the command line. Files are read and written off the JavaFX thread;
 * whatever a file holds, the learner gets a plain message, never a stack trace.
 */
final class SceneActions {
    private final KobaiApp app;
    private Path lastFolder;
    /** The scene last opened or saved: the next and previous scenes are those beside it in its folder. */
    private Path current;

    /** A scene read from its file, with where the file stands among the scenes of its folder (0-based). */
    private record Read(SceneFile.Scene scene, int index, int count) {}

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
        task.setOnSucceeded(e -> {
            current = file.toAbsolutePath();
            app.window().showStatus(t.format("scene.saved", file.toString()));
        });
        task.setOnFailed(e -> problem(t.get("scene.saveFailedTitle"),
                t.format("scene.saveFailed", file.toString(), String.valueOf(task.getException().getMessage()))));
        app.background().submit(task);
    }

    /** Opens a scene named on the command line. */
    void openNamed(String name) {
        try {
            Path named = Path.of(name);
            if (java.nio.file.Files.isDirectory(named)) {
                openFirstIn(named); // a class prepared as a folder of scenes
            } else {
                open(named);
            }
        } catch (java.nio.file.InvalidPathException e) {
            Messages t = text();
            problem(t.get("scene.openFailedTitle"), t.format("scene.openFailed", name, t.get("scene.problem.not_found")));
        }
    }

    /** Reads {@code file} in the background and, if it is a scene, opens its lesson as it was saved. */
    void open(Path file) {
        Messages t = text();
        lastFolder = file.toAbsolutePath().getParent();
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() throws SceneException {
                SceneFile.Scene scene = SceneFile.read(file);
                List<Path> neighbours = scenesBeside(file);
                int index = neighbours.indexOf(file.toAbsolutePath().normalize());
                return new Read(scene, index, neighbours.size());
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

    /** The scenes in the folder of {@code file}, absolute; none when the folder cannot be listed. */
    private static List<Path> scenesBeside(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        try {
            return folder == null ? List.of()
                    : SceneFolder.scenesIn(folder).stream().map(p -> p.toAbsolutePath().normalize()).toList();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Opens the scene {@code delta} places after (or before, when negative) the current one in its folder:
     * a class prepared as numbered scene files is played through with Ctrl+Page Down and Ctrl+Page Up.
     */
    void openNeighbour(int delta) {
        Messages t = text();
        Path from = current;
        if (from == null) {
            app.window().showStatus(t.get("scene.noneOpen"));
            return;
        }
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() {
                return scenesBeside(from);
            }
        };
        task.setOnSucceeded(e -> {
            List<Path> scenes = task.getValue();
            int at = scenes.indexOf(from.toAbsolutePath().normalize());
            int to = at < 0 ? (delta > 0 ? 0 : scenes.size() - 1) : at + delta;
            if (to < 0 || to >= scenes.size()) {
                app.window().showStatus(t.format(delta > 0 ? "scene.lastInFolder" : "scene.firstInFolder",
                        from.getFileName()));
                return;
            }
            open(scenes.get(to));
        });
        app.background().submit(task);
    }

    /** Opens the first scene of a folder named on the command line. */
    private void openFirstIn(Path folder) {
        Messages t = text();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws java.io.IOException {
                return SceneFolder.scenesIn(folder);
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue().isEmpty()) {
                problem(t.get("scene.openFailedTitle"), t.format("scene.openFailed", folder, t.get("scene.noScenes")));
            } else {
                open(task.getValue().get(0));
            }
        });
        task.setOnFailed(e -> problem(t.get("scene.openFailedTitle"),
                t.format("scene.openFailed", folder, t.get("scene.problem.unreadable"))));
        app.background().submit(task);
    }

    private void show(Path file, Read read) {
        Messages t = text();
        SceneFile.Scene scene = read.scene();
        Optional<Lesson<?>> lesson = app.registry().find(scene.lessonId());
        if (lesson.isEmpty()) {
            problem(t.get("scene.openFailedTitle"), t.format("scene.openFailed", file.getFileName(),
                    t.format("scene.unknownLesson", scene.lessonId())));
            return;
        }
        app.window().open(lesson.get(), -1);
        List<StateProblem> problems = app.window().host().model().restoreState(scene.state());
        current = file.toAbsolutePath().normalize();
        if (problems.isEmpty() && !scene.fromNewerVersion()) {
            app.window().showStatus(read.index() >= 0 && read.count() > 1
                    ? t.format("scene.openedAt", file.getFileName(), read.index() + 1, read.count())
                    : t.format("scene.opened", file.getFileName()));
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
