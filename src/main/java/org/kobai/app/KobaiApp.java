package org.kobai.app;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.kobai.app.progress.Progress;
import org.kobai.app.progress.ProgressStore;
import org.kobai.app.settings.Settings;
import org.kobai.app.settings.SettingsStore;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Walkthrough;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.Theme;
import org.kobai.ui.Formulas;

/**
 * The Kobai window. Creates the services (settings, formulas, lesson registry) and passes them down;
 * there is no global state.
 */
public final class KobaiApp extends Application {
    public static final String APP_BUNDLE = "org.kobai.app.messages";
    private static final double SCALE_STEP = 1.15;

    private final LessonRegistry registry = LessonRegistry.standard();
    private final Formulas formulas = new Formulas();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kobai-background");
        t.setDaemon(true);
        return t;
    });
    private SettingsStore store;
    private Settings settings;
    private Stage stage;
    private Scene scene;
    private MainWindow window;
    private AppMenus menus;
    private final SceneActions scenes = new SceneActions(this);
    private final Walkthroughs walkthroughs = new Walkthroughs(this);
    private final ProjectorView projector = new ProjectorView(this);
    /** True in the projector view: type and figures at the projector's scale. */
    private boolean presenting;
    private final AnimationExport animations = new AnimationExport(this);
    private ProgressStore progressStore;
    private Progress progress = Progress.empty();
    private final org.kobai.ui.sound.TonePlayer tones = new org.kobai.ui.sound.TonePlayer(false);

    @Override
    public void start(Stage primaryStage) {
        mark("start");
        this.stage = primaryStage;
        store = new SettingsStore(SettingsStore.defaultFile(), Locale.getDefault());
        SettingsStore.Loaded loaded = store.load();
        settings = loaded.settings();

        progressStore = new ProgressStore(store.file().resolveSibling("progress.properties"));
        ProgressStore.Loaded loadedProgress = progressStore.load();
        progress = loadedProgress.progress();

        Messages appText = new Messages(APP_BUNDLE, settings.locale());
        window = new MainWindow(registry, formulas, appText, style(), background, w -> {
            rememberPlace();
            if (menus != null) {
                menus.placeChanged();
            }
        });
        window.setOnHostClosing(() -> {
            walkthroughs.lessonClosing();
            projector.lessonClosing();
        });
        window.setOnHostOpened(projector::lessonOpened);
        tones.setEnabled(settings.sound());
        window.setTonePlayer(tones);
        menus = new AppMenus(this);
        window.setMenuBar(menus.build(appText));
        window.showProgress(progress);
        window.setOnExercise((lessonId, solved) -> setProgress(solved ? progress.withSolved(lessonId)
                : progress.withExercise(lessonId, false)));
        window.buildNavigator();
        mark("window built");
        Lesson<?> first = registry.find(settings.lastLesson()).orElse(registry.first());
        window.open(first, settings.lastStep());
        mark("lesson opened");
        if (loaded.readError() != null) {
            window.showStatus(appText.format("settings.unreadable", store.file().toString(), loaded.readError()));
        } else if (!loaded.badValues().isEmpty()) {
            window.showStatus(appText.format("settings.badValues", store.file().toString(),
                    String.join(", ", loaded.badValues())));
        }
        if (loadedProgress.readError() != null) {
            window.showStatus(appText.format("progress.unreadable", progressStore.file().toString()));
        } else if (!loadedProgress.damaged().isEmpty()) {
            window.showStatus(appText.format("progress.damaged", String.join(", ", loadedProgress.damaged())));
        }

        scene = new Scene(window, settings.windowWidth(), settings.windowHeight());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
        scenes.acceptDrops(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                toggleFullScreen();
                e.consume();
            } else if (e.getCode() == KeyCode.F5 && !e.isShortcutDown()) {
                projector.toggle();
                e.consume();
            } else if (e.getCode() == KeyCode.F6 && !e.isShortcutDown()) {
                walkthroughs.toggle();
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
                scenes.openNeighbour(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1); // the class's next scene
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, projector::keyPressed);
        applyLook();
        stage.setScene(scene);
        stage.setTitle(appText.get("app.title"));
        stage.setMinWidth(Settings.MIN_WINDOW);
        stage.setMinHeight(480);
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> saveNow());
        stage.show();
        mark("shown");
        Platform.runLater(() -> mark("first lesson on screen"));
        getParameters().getRaw().stream().findFirst().ifPresent(scenes::openNamed);
        // -Dkobai.show=projector,walkthrough,practice[,slip],progress opens what the documentation pictures show.
        String show = System.getProperty("kobai.show", "");
        if (show.contains("projector")) {
            projector.enter();
        }
        if (show.contains("walkthrough")) {
            walkthroughs.start();
        }
        // practice opens the lesson's exercises; progress the overview, in its own window.
        if (show.contains("practice") && window.host() != null) {
            window.host().togglePractice();
            if (show.contains("slip")) { // practice,slip: a likely slip in exercise kobai.exercise (0, 1, …) checked
                window.host().practice().showSlip(Integer.getInteger("kobai.exercise", 0));
            }
        }
        Scene pictured = scene;
        if (show.contains("progress")) {
            ProgressView view = new ProgressView(this);
            view.show();
            pictured = view.scene();
        }
        String snapshot = System.getProperty("kobai.snapshot");
        if (snapshot != null) {
            // A walkthrough is pictured once it has read its first step and something is moving.
            double settle = show.contains("walkthrough") ? Walkthrough.READ_SECONDS + 2.5 : 1.2;
            Snapshots.saveAndExit(pictured, java.nio.file.Path.of(snapshot), settle);
        }
    }

    /** With -Dkobai.timing=true, prints how long after the JVM started each start-up phase ended. */
    private static void mark(String phase) {
        if (Boolean.getBoolean("kobai.timing")) {
            long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup: " + phase + " after " + (System.currentTimeMillis() - started) + " ms");
        }
    }

    /**
     * Runs after the toolkit is up and before the window is built. Starting the warm-up any earlier lets
     * AWT open its X11 display while GTK is still starting on another thread, which can deadlock both.
     */
    @Override
    public void init() {
        warmUpInBackground();
    }

    /**
     * Loads the formula typesetter and the chart classes on a second core while the window is built, so
     * the first lesson does not wait for them.
     */
    private static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                Formulas.warmUp();
                org.kobai.plot.XYFigure xy = new org.kobai.plot.XYFigure("x", "y", FigureStyle.DEFAULT);
                xy.line("f", 0, 2, org.kobai.plot.Dash.SOLID).set(new double[] {0, 1}, new double[] {0, 1});
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 150,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g2 = image.createGraphics();
                org.kobai.plot.FigureRenderer.draw(g2, java.util.List.of(xy.chart()), 200, 150);
                g2.dispose();
            } catch (RuntimeException e) {
                // Only a head start: anything that fails here fails again, and is reported, where it is used.
            }
        }, "kobai-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        tones.close();
        background.shutdown();
        try {
            background.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveNow(); // last, so no queued older write can replace it
    }

    // ---- what the menus and keys call ----------------------------------------------------------------

    MainWindow window() { return window; }
    Stage stage() { return stage; }
    Settings settings() { return settings; }
    ExecutorService background() { return background; }
    LessonRegistry registry() { return registry; }
    SceneActions scenes() { return scenes; }
    AnimationExport animations() { return animations; }
    Walkthroughs walkthroughs() { return walkthroughs; }
    ProjectorView projector() { return projector; }

    /** Changes the settings (a choice made in a dialog or menu) and writes them in the background. */
    void updateSettings(java.util.function.UnaryOperator<Settings> change) {
        settings = change.apply(settings);
        saveLater();
    }

    /** The presentation scale in use: the projector view's while it is on, the window's otherwise. */
    double scaleNow() {
        return presenting ? settings.projectorScale() : settings.scale();
    }

    /** Switches type and figures between the window's scale and the projector view's. */
    void setPresenting(boolean on) {
        presenting = on;
        applyLook();
        window.applyStyle(style());
    }
    Progress progress() { return progress; }

    /** Shows new progress in the navigator and writes it in the background. */
    void setProgress(Progress next) {
        progress = next;
        window.showProgress(next);
        background.submit(() -> {
            try {
                progressStore.save(next);
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> window.showStatus(window.appText().format("progress.saveFailed",
                        String.valueOf(e.getMessage()))));
            }
        });
    }

    FigureStyle style() {
        return new FigureStyle(settings.theme(), scaleNow());
    }

    void setLanguage(String language) {
        if (language.equals(settings.language())) {
            return;
        }
        settings = settings.withLanguage(language);
        progressStore = new ProgressStore(store.file().resolveSibling("progress.properties"));
        ProgressStore.Loaded loadedProgress = progressStore.load();
        progress = loadedProgress.progress();

        Messages appText = new Messages(APP_BUNDLE, settings.locale());
        window.setMenuBar(menus.build(appText));
        projector.menusRebuilt();
        window.relabel(appText);
        stage.setTitle(appText.get("app.title"));
        applyLook();
        saveLater();
    }

    /** Switches the audio trace's tones on or off (the trace still moves and speaks). */
    void setSound(boolean on) {
        settings = settings.withSound(on);
        tones.setEnabled(on);
        saveLater();
    }

    void setTheme(Theme theme) {
        settings = settings.withTheme(theme);
        applyLook();
        window.applyStyle(style());
        saveLater();
    }

    /** Multiplies the presentation scale (text and figures), within its limits. */
    void zoom(double factor) {
        double normal = presenting ? Settings.PROJECTOR_SCALE : 1.0;
        double s = factor == 0 ? normal
                : Math.max(FigureStyle.MIN_SCALE, Math.min(FigureStyle.MAX_SCALE, scaleNow() * factor));
        s = Math.round(s * 100) / 100.0;
        settings = presenting ? settings.withProjectorScale(s) : settings.withScale(s);
        applyLook();
        window.applyStyle(style());
        saveLater();
    }

    void zoomIn() { zoom(SCALE_STEP); }
    void zoomOut() { zoom(1 / SCALE_STEP); }
    void zoomReset() { zoom(0); }

    void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    /** ←/→ step through the lesson unless the focused control uses the arrows itself (a figure traces). */
    private void stepKeys(KeyEvent e) {
        if (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT) {
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        var focus = scene.getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof Slider || focus instanceof org.kobai.ui.FigurePane) {
            return;
        }
        if (window.host() != null) {
            window.host().go(e.getCode() == KeyCode.RIGHT ? 1 : -1);
            e.consume();
        }
    }

    /** Stylesheets for the theme, a base font size for the scale, and the language's fonts. */
    private void applyLook() {
        scene.getStylesheets().setAll(
                css("base.css"),
                css(switch (settings.theme()) {
                    case LIGHT -> "light.css";
                    case DARK -> "dark.css";
                    case HIGH_CONTRAST -> "high-contrast.css";
                }));
        window.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                LessonHost.BASE_FONT_PX * scaleNow()));
        window.getStyleClass().removeAll("lang-ja", "lang-en");
        window.getStyleClass().add("lang-" + settings.language());
    }

    private String css(String name) {
        return KobaiApp.class.getResource("/org/kobai/app/" + name).toExternalForm();
    }

    private void rememberPlace() {
        if (window == null || window.host() == null) {
            return;
        }
        settings = settings.withPlace(window.host().lesson().id(), window.host().model().step());
        Progress seen = progress.withStepSeen(window.host().lesson().id(), window.host().model().step());
        if (!seen.equals(progress)) {
            setProgress(seen);
        }
        if (scene != null) {
            saveLater();
        }
    }

    private Settings withWindow(Settings s) {
        if (stage == null || stage.isFullScreen()) {
            return s;
        }
        if (stage.isMaximized()) {
            return s.withWindow(s.windowWidth(), s.windowHeight(), true);
        }
        return s.withWindow(Math.max(Settings.MIN_WINDOW, stage.getWidth()), Math.max(400, stage.getHeight()), false);
    }

    private void saveLater() {
        Settings snapshot = withWindow(settings);
        background.submit(() -> save(snapshot));
    }

    private void saveNow() {
        if (settings != null && store != null) {
            save(withWindow(settings));
        }
    }

    private void save(Settings s) {
        try {
            store.save(s);
        } catch (IOException | RuntimeException e) {
            String message = window.appText().format("settings.notSaved", String.valueOf(e.getMessage()));
            Platform.runLater(() -> window.showStatus(message));
        }
    }
}
