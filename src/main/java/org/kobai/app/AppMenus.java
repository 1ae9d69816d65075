package org.kobai.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureRenderer;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.Theme;

/** The menu bar, its shortcuts, and the export and clipboard actions behind them. */
final class AppMenus {
    private final KobaiApp app;
    private int exportWidth = 1600;
    private int exportHeight = 900;
    private MenuItem exportAnimation;

    AppMenus(KobaiApp app) {
        this.app = app;
    }

    MenuBar build(Messages t) {
        MenuItem export = item(t.get("menu.file.export"), "Shortcut+S", this::exportFigure);
        export.setId("menu-export");
        exportAnimation = item(t.get("menu.file.exportAnimation"), "Shortcut+Shift+G", app.animations()::chooseAndExport);
        exportAnimation.setId("menu-export-animation");
        MenuItem copy = item(t.get("menu.file.copy"), "Shortcut+Shift+C", this::copyFigure);
        MenuItem quit = item(t.get("menu.file.quit"), "Shortcut+Q", Platform::exit);
        MenuItem openScene = item(t.get("menu.file.openScene"), "Shortcut+O", app.scenes()::chooseAndOpen);
        openScene.setId("menu-open-scene");
        MenuItem saveScene = item(t.get("menu.file.saveScene"), "Shortcut+Shift+S", app.scenes()::chooseAndSave);
        saveScene.setId("menu-save-scene");
        // Like F5 and F6, the scene's own keys (see KobaiApp): they work in the projector view too.
        MenuItem nextScene = item(t.get("menu.file.nextScene") + "  (" + KeyCombination.keyCombination(
                "Shortcut+Page Down").getDisplayText() + ")", null, () -> app.scenes().openNeighbour(1));
        nextScene.setId("menu-next-scene");
        MenuItem previousScene = item(t.get("menu.file.previousScene") + "  (" + KeyCombination.keyCombination(
                "Shortcut+Page Up").getDisplayText() + ")", null, () -> app.scenes().openNeighbour(-1));
        previousScene.setId("menu-previous-scene");
        Menu file = new Menu(t.get("menu.file"), null, openScene, saveScene, nextScene, previousScene,
                new SeparatorMenuItem(), export,
                exportAnimation, copy, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> placeChanged());
        file.setOnShown(e -> placeChanged()); // the item's row exists now: its tooltip can be installed
        placeChanged();

        MenuItem undo = item(t.get("menu.edit.undo"), "Shortcut+Z", () -> undoOrRedo(true));
        undo.setId("menu-undo");
        MenuItem redo = item(t.get("menu.edit.redo"), "Shortcut+Y", () -> undoOrRedo(false));
        redo.setId("menu-redo");
        Menu edit = new Menu(t.get("menu.edit"), null, undo, redo);
        edit.setId("menu-edit");
        // Greyed out while the menu is open if there is nothing to take back; enabled again after, so the
        // shortcuts always reach undoOrRedo (which says when there is nothing).
        edit.setOnShowing(e -> {
            var h = app.window().host() == null ? null : app.window().host().model().history();
            undo.setDisable(h == null || !h.canUndo());
            redo.setDisable(h == null || !h.canRedo());
        });
        edit.setOnHidden(e -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu(t.get("menu.view.theme"));
        for (Theme th : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.get("theme." + th.name().toLowerCase(java.util.Locale.ROOT)));
            r.setId("theme-" + th.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(themes);
            r.setSelected(app.settings().theme() == th);
            r.setOnAction(e -> app.setTheme(th));
            theme.getItems().add(r);
        }
        MenuItem zoomIn = item(t.get("menu.view.zoomIn"), "Shortcut+Plus", app::zoomIn);
        zoomIn.setId("menu-zoom-in");
        MenuItem zoomOut = item(t.get("menu.view.zoomOut"), "Shortcut+Minus", app::zoomOut);
        zoomOut.setId("menu-zoom-out");
        MenuItem zoomReset = item(t.get("menu.view.zoomReset"), "Shortcut+0", app::zoomReset);
        MenuItem fullScreen = item(t.get("menu.view.fullScreen"), null, app::toggleFullScreen);
        fullScreen.setText(t.get("menu.view.fullScreen") + "  (F11)");
        javafx.scene.control.CheckMenuItem navigator = new javafx.scene.control.CheckMenuItem(
                t.get("menu.view.navigator"));
        navigator.setId("menu-navigator");
        navigator.setSelected(app.window().isNavigatorShown());
        navigator.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        navigator.setOnAction(e -> app.window().setNavigatorShown(navigator.isSelected()));
        MenuItem describe = item(t.get("menu.view.describe"), "Shortcut+D", () -> {
            if (app.window().host() != null) {
                app.window().host().describeFigure();
            }
        });
        describe.setId("menu-describe");
        javafx.scene.control.CheckMenuItem sound = new javafx.scene.control.CheckMenuItem(t.get("menu.view.sound"));
        sound.setId("menu-sound");
        sound.setSelected(app.settings().sound());
        sound.setOnAction(e -> app.setSound(sound.isSelected()));
        // F5 and F6 are the scene's own keys, so they work in the projector view, where the menu bar is hidden.
        MenuItem walkthrough = item(t.get("menu.view.walkthrough") + "  (F6)", null, app.walkthroughs()::toggle);
        walkthrough.setId("menu-walkthrough");
        MenuItem projector = item(t.get("menu.view.projector") + "  (F5)", null, app.projector()::toggle);
        projector.setId("menu-projector");
        MenuItem progress = item(t.get("menu.view.progress"), "Shortcut+P", () -> new ProgressView(app).show());
        progress.setId("menu-progress");
        Menu view = new Menu(t.get("menu.view"), null, theme, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset,
                new SeparatorMenuItem(), navigator, fullScreen, new SeparatorMenuItem(), projector,
                app.projector().keepMenu(t), walkthrough, new SeparatorMenuItem(), describe, sound,
                new SeparatorMenuItem(), progress);

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem ja = new RadioMenuItem("日本語");
        ja.setId("language-ja");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("language-en");
        ja.setToggleGroup(languages);
        en.setToggleGroup(languages);
        ja.setSelected(app.settings().language().equals("ja"));
        en.setSelected(!ja.isSelected());
        ja.setOnAction(e -> app.setLanguage("ja"));
        en.setOnAction(e -> app.setLanguage("en"));
        Menu language = new Menu(t.get("menu.language"), null, ja, en);
        language.setId("menu-language");

        MenuItem keys = item(t.get("menu.help.keys"), "F1", () -> info(t, t.get("menu.help.keys"), t.get("help.keys")));
        MenuItem about = item(t.get("menu.help.about"), null, () -> info(t, t.get("menu.help.about"), t.get("help.about")));
        Menu help = new Menu(t.get("menu.help"), null, keys, about);

        MenuBar bar = new MenuBar(file, edit, view, language, help);
        bar.setId("menu-bar");
        // Ctrl+= and the keypad's + zoom in too, as in browsers.
        Platform.runLater(() -> {
            if (app.stage().getScene() != null) {
                var acc = app.stage().getScene().getAccelerators();
                acc.put(KeyCombination.keyCombination("Shortcut+Equals"), app::zoomIn);
                acc.put(KeyCombination.keyCombination("Shortcut+Add"), app::zoomIn);
                acc.put(KeyCombination.keyCombination("Shortcut+Subtract"), app::zoomOut);
                acc.put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> undoOrRedo(false));
            }
        });
        return bar;
    }

    /** Enables Export animation… only where the step has an animation; call when the lesson or step changes. */
    void placeChanged() {
        if (exportAnimation != null) {
            app.animations().updateItem(exportAnimation, app.window().appText());
        }
    }

    /** Takes back (or does again) the lesson's last edit: a typed function, a matrix entry, a data point. */
    private void undoOrRedo(boolean undo) {
        LessonHost host = app.window().host();
        if (host == null) {
            return;
        }
        var h = host.model().history();
        Messages t = app.window().appText();
        boolean done = undo ? h.undo() : h.redo();
        app.window().showStatus(t.get(done ? (undo ? "edit.undone" : "edit.redone")
                : (undo ? "edit.nothingToUndo" : "edit.nothingToRedo")));
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(label);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void info(Messages t, String title, String body) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, body, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(app.stage());
        a.show();
    }

    /**
     * A fresh figure drawn from a copy of the current lesson's values: it can be rendered off the JavaFX
     * thread without touching what is on screen.
     */
    private Figure snapshotFigure(FigureStyle style) {
        LessonHost host = app.window().host();
        Lesson<?> lesson = host.lesson();
        LessonModel copy = lesson.createModel();
        copy.restoreState(host.model().saveState()); // typed functions and data too, not only the sliders
        return lesson.createFigure(copy, new FigureContext(lesson.text(app.window().appText().locale()), style));
    }

    private void exportFigure() {
        Messages t = app.window().appText();
        Optional<int[]> size = askSize(t);
        if (size.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("SVG", "*.svg"));
        chooser.setInitialFileName(app.window().host().lesson().id() + ".png");
        File file = chooser.showSaveDialog(app.stage());
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            FileChooser.ExtensionFilter f = chooser.getSelectedExtensionFilter();
            out = out.resolveSibling(out.getFileName() + (f != null && f.getDescription().equals("SVG") ? ".svg" : ".png"));
        }
        Figure figure = snapshotFigure(app.style());
        Path target = out;
        int w = size.get()[0], h = size.get()[1];
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                FigureRenderer.write(figure, w, h, target);
                return null;
            }
        };
        task.setOnSucceeded(e -> app.window().showStatus(t.format("export.done", target.toString())));
        task.setOnFailed(e -> app.window().showStatus(t.format("export.failed", task.getException().getMessage())));
        app.window().showStatus(t.get("export.running"));
        app.background().submit(task);
    }

    private Optional<int[]> askSize(Messages t) {
        Optional<int[]> result = SizeDialog.ask(app.stage(), t, t.get("export.title"), t.get("export.size"),
                new int[] {exportWidth, exportHeight}, 0, 0);
        result.ifPresent(r -> {
            exportWidth = r[0];
            exportHeight = r[1];
        });
        return result;
    }

    private void copyFigure() {
        BufferedImage image = FigureRenderer.toImage(snapshotFigure(app.style()), exportWidth, exportHeight);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        app.window().showStatus(app.window().appText().get("export.copied"));
    }
}
