package org.kobai.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kobai.lesson.Animation;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureAnimation;
import org.kobai.plot.FigureContext;

/**
 * File → Export animation…: the current step's animation (h → 0, a growing sample, a descent run) drawn
 * frame by frame from a copy of the lesson into a looping GIF. The frames are rendered off the JavaFX
 * thread while a small window shows the progress and offers Cancel; the file appears whole or not at all.
 */
final class AnimationExport {
    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    /** What the learner chose: the file, the picture size and how many frames. */
    record Choice(Path file, int width, int height, int frames) {}

    private final KobaiApp app;
    private Function<Animation, Optional<Choice>> choice = this::ask;
    private int width = WIDTH;
    private int height = HEIGHT;
    private Task<Void> running;

    AnimationExport(KobaiApp app) {
        this.app = app;
    }

    /** Replaces the size dialog and the save dialog (tests choose without them). */
    void setChoice(Function<Animation, Optional<Choice>> choice) {
        this.choice = choice;
    }

    /** Back to asking with the dialogs. */
    void useDialogs() {
        this.choice = this::ask;
    }

    /** What the current step animates; empty when it has no animation. */
    Optional<Animation> available() {
        LessonHost host = app.window().host();
        return host == null ? Optional.empty() : host.model().animation();
    }

    /**
     * Enables the menu item when the step has an animation; otherwise disables it and says why in its
     * tooltip (installed on the item's row once the menu shows it).
     */
    void updateItem(MenuItem item, Messages t) {
        boolean none = available().isEmpty();
        item.setDisable(none);
        Node row = item.getStyleableNode();
        if (row != null) {
            Tooltip tip = (Tooltip) row.getProperties().get(TOOLTIP_KEY);
            if (tip == null) {
                tip = new Tooltip();
                row.getProperties().put(TOOLTIP_KEY, tip);
            }
            if (none) {
                tip.setText(t.get("animation.none"));
                Tooltip.install(row, tip);
            } else {
                Tooltip.uninstall(row, tip);
            }
        }
    }

    private static final String TOOLTIP_KEY = "kobai.animation.tooltip";

    /** The menu's action: asks for a file and starts the export, or says why there is nothing to export. */
    void chooseAndExport() {
        Messages t = app.window().appText();
        if (available().isEmpty()) {
            app.window().showStatus(t.get("animation.none"));
            return;
        }
        if (running != null && running.isRunning()) {
            app.window().showStatus(t.get("animation.busy"));
            return;
        }
        choice.apply(available().get()).ifPresent(this::export);
    }

    /** The size and frame count first (the step's own count offered), then the file. */
    private Optional<Choice> ask(Animation animation) {
        Messages t = app.window().appText();
        Optional<int[]> sizes = SizeDialog.ask(app.stage(), t, t.get("animation.title"), t.get("animation.size"),
                new int[] {width, height, animation.frames()}, Animation.MIN_FRAMES, Animation.MAX_FRAMES);
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        width = sizes.get()[0];
        height = sizes.get()[1];
        return askForFile(app.stage()).map(file -> new Choice(file, width, height, sizes.get()[2]));
    }

    private Optional<Path> askForFile(Window owner) {
        Messages t = app.window().appText();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("animation.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF", "*.gif"));
        LessonHost host = app.window().host();
        chooser.setInitialFileName(host.lesson().id() + "-" + (host.model().step() + 1) + FigureAnimation.EXTENSION);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path out = file.toPath();
        boolean gif = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(FigureAnimation.EXTENSION);
        return Optional.of(gif ? out : out.resolveSibling(out.getFileName() + FigureAnimation.EXTENSION));
    }

    /** Renders the current step's animation as chosen, in the background, with progress and Cancel. */
    void export(Choice chosen) {
        Path out = chosen.file();
        Messages t = app.window().appText();
        LessonHost host = app.window().host();
        Lesson<?> lesson = host.lesson();
        // A copy of everything the learner set (typed functions and data too): the frames move the copy only.
        LessonModel copy = lesson.createModel();
        copy.restoreState(host.model().saveState());
        Optional<Animation> animation = copy.animation();
        if (animation.isEmpty()) {
            app.window().showStatus(t.get("animation.none"));
            return;
        }
        Animation a = animation.get().withFrames(chosen.frames());
        Figure figure = lesson.createFigure(copy, new FigureContext(lesson.text(t.locale()), app.style()));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Task<Void> self = this;
                FigureAnimation.writeGif(figure, copy, a, FigureAnimation.Options.of(chosen.width(), chosen.height()), out,
                        new FigureAnimation.Progress() {
                            @Override
                            public void frameDone(int done, int total) {
                                updateProgress(done, total);
                                updateMessage(t.format("animation.frame", done, total));
                            }

                            @Override
                            public boolean isCancelled() {
                                return self.isCancelled();
                            }
                        });
                return null;
            }
        };
        Dialog<ButtonType> progress = progressWindow(t, a, task);
        task.setOnSucceeded(e -> {
            progress.close();
            app.window().showStatus(t.format("export.done", out.toString()));
        });
        task.setOnFailed(e -> {
            progress.close();
            Throwable error = task.getException();
            app.window().showStatus(error instanceof CancellationException ? t.get("animation.cancelled")
                    : t.format("export.failed", String.valueOf(error.getMessage())));
        });
        task.setOnCancelled(e -> {
            progress.close();
            app.window().showStatus(t.get("animation.cancelled"));
        });
        running = task;
        app.window().showStatus(t.get("export.running"));
        progress.show();
        app.background().submit(task);
    }

    private Dialog<ButtonType> progressWindow(Messages t, Animation a, Task<Void> task) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(app.stage());
        d.setTitle(t.get("animation.title"));
        d.setHeaderText(t.format("animation.what", a.quantity(), Parameter.format(a.from()),
                Parameter.format(a.to()), a.frames()));
        ProgressBar bar = new ProgressBar();
        bar.setId("animation-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label frame = new Label();
        frame.textProperty().bind(task.messageProperty());
        VBox box = new VBox(8, bar, frame);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.CANCEL).setId("animation-cancel");
        // Cancel (the button, Esc or closing the window) stops the rendering; the file is not written.
        d.setResultConverter(b -> {
            if (b == ButtonType.CANCEL && task.isRunning()) {
                task.cancel(false);
            }
            return b;
        });
        d.setOnCloseRequest(e -> {
            if (task.isRunning()) {
                task.cancel(false);
            }
        });
        return d;
    }
}
