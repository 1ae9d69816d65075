package org.kobai.app;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.kobai.app.progress.Progress;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Topic;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.plot.FigureStyle;
import org.kobai.ui.Formulas;

/**
 * The window's content: menu bar, lesson navigator (topic → lesson → step) and the lesson host. Built
 * again from the same models when the language changes, so nothing the learner set is lost.
 */
final class MainWindow extends BorderPane {
    /** A row of the navigator: a topic, a lesson, or a lesson's step. */
    record NavItem(String label, Topic topic, Lesson<?> lesson, int step) {
        @Override
        public String toString() { return label; }
    }

    private final LessonRegistry registry;
    private final Formulas formulas;
    private final Map<String, LessonModel> models = new HashMap<>();
    private final Label status = new Label();
    private final TreeView<NavItem> navigator = new TreeView<>();
    private final Consumer<MainWindow> onPlaceChanged;
    private final Executor background;
    private Messages appText;
    private FigureStyle style;
    private LessonHost host;
    private SplitPane split;
    /** Where the divider between the navigator and the lesson is, kept while the navigator is away. */
    private double navigatorShare = 0.2;
    private boolean syncingNavigator;
    private boolean navigatorShown = true;
    private Progress progress = Progress.empty();
    private java.util.function.BiConsumer<String, Boolean> onExercise = (lessonId, solved) -> { };
    private Runnable onHostClosing = () -> { };
    private Runnable onHostOpened = () -> { };
    private javafx.scene.Node banner;
    private org.kobai.ui.sound.TonePlayer tones = new org.kobai.ui.sound.TonePlayer(false);

    MainWindow(LessonRegistry registry, Formulas formulas, Messages appText, FigureStyle style,
               Executor background, Consumer<MainWindow> onPlaceChanged) {
        this.background = background;
        this.registry = registry;
        this.formulas = formulas;
        this.appText = appText;
        this.style = style;
        this.onPlaceChanged = onPlaceChanged;
        getStyleClass().add("main-window");
        navigator.setId("navigator");
        navigator.setShowRoot(false);
        navigator.getStyleClass().add("navigator");
        navigator.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncingNavigator && item != null && item.getValue().lesson() != null) {
                NavItem nav = item.getValue();
                open(nav.lesson(), nav.step() >= 0 ? nav.step() : -1);
            }
        });
        status.setId("status");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setPadding(new Insets(2, 8, 2, 8));
        setBottom(status);
    }

    LessonHost host() { return host; }
    Messages appText() { return appText; }
    TreeView<NavItem> navigator() { return navigator; }
    /** The navigator's share of the width, as the divider stands (or stood, while the navigator is away). */
    double navigatorShare() {
        return split != null && split.getScene() != null ? split.getDividerPositions()[0] : navigatorShare;
    }

    void setMenuBar(javafx.scene.Node menuBar) {
        setTop(menuBar);
    }

    void showStatus(String message) {
        status.setText(message == null ? "" : message);
    }

    /** Opens a lesson at a step (−1 keeps the step its model is on). */
    void open(Lesson<?> lesson, int step) {
        if (host != null && host.lesson() == lesson) {
            if (step >= 0 && step != host.model().step()) {
                host.model().enterStep(step);
            }
            return;
        }
        LessonModel model = models.computeIfAbsent(lesson.id(), id -> {
            LessonModel m = lesson.createModel();
            m.enterStep(0);
            m.stepProperty().addListener(o -> {
                if (host != null && host.model() == m) {
                    syncNavigator();
                    onPlaceChanged.accept(this);
                }
            });
            return m;
        });
        if (step >= 0) {
            model.enterStep(step);
        }
        if (host != null) {
            onHostClosing.run();
            host.dispose();
        }
        host = new LessonHost(lesson, model, appText, formulas, style, background);
        host.setOnExercise((kind, solved) -> onExercise.accept(lesson.id(), solved));
        host.enableTrace(tones);
        layoutCenter();
        syncNavigator();
        onPlaceChanged.accept(this);
        onHostOpened.run();
    }

    /** Where the figures' audio traces play their tones (silent until set). */
    void setTonePlayer(org.kobai.ui.sound.TonePlayer player) {
        this.tones = player;
    }

    /** Hides or shows the navigator: in class the figure can have the whole width. */
    void setNavigatorShown(boolean shown) {
        navigatorShown = shown;
        layoutCenter();
    }

    boolean isNavigatorShown() { return navigatorShown; }

    /** Runs after a lesson has been put on screen. */
    void setOnHostOpened(Runnable action) {
        this.onHostOpened = action;
    }

    /** Puts {@code strip} where the status bar is (the projector view's); null brings the status bar back. */
    void setFooter(javafx.scene.Node strip) {
        setBottom(strip == null ? status : strip);
    }

    /** Runs before the lesson on screen is replaced (another lesson, another language). */
    void setOnHostClosing(Runnable action) {
        this.onHostClosing = action;
    }

    /** A bar shown above the lesson and the navigator (the walkthrough's); null removes it. */
    void setBanner(javafx.scene.Node bar) {
        this.banner = bar;
        layoutCenter();
    }

    javafx.scene.Node banner() { return banner; }

    private void layoutCenter() {
        if (host == null) {
            return;
        }
        if (split != null && split.getScene() != null) {
            navigatorShare = split.getDividerPositions()[0];
        }
        split = null;
        javafx.scene.Node content;
        if (navigatorShown) {
            split = new SplitPane(navigator, host);
            split.setDividerPositions(navigatorShare);
            SplitPane.setResizableWithParent(navigator, false);
            content = split;
        } else {
            content = host;
        }
        if (banner == null) {
            setCenter(content);
        } else {
            javafx.scene.layout.VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
            setCenter(new javafx.scene.layout.VBox(banner, content));
        }
    }

    /** Rebuilds the navigator and the lesson in another language; models and steps stay. */
    void relabel(Messages newAppText) {
        this.appText = newAppText;
        buildNavigator();
        if (host != null) {
            Lesson<?> current = host.lesson();
            onHostClosing.run();
            host.dispose();
            host = null;
            open(current, -1);
        }
    }

    void applyStyle(FigureStyle newStyle) {
        this.style = newStyle;
        if (host != null) {
            host.applyStyle(newStyle);
        }
    }

    void buildNavigator() {
        Locale locale = appText.locale();
        TreeItem<NavItem> root = new TreeItem<>(new NavItem("", null, null, -1));
        Map<Topic, TreeItem<NavItem>> topics = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            TreeItem<NavItem> item = new TreeItem<>(new NavItem(appText.get(t.messageKey()), t, null, -1));
            item.setExpanded(true);
            topics.put(t, item);
        }
        for (Lesson<?> lesson : registry.all()) {
            Messages text = lesson.text(locale);
            TreeItem<NavItem> lessonItem = new TreeItem<>(new NavItem(text.get("title"), lesson.topic(), lesson, -1));
            int steps = models.containsKey(lesson.id()) ? models.get(lesson.id()).stepCount() : countSteps(text);
            for (int s = 0; s < steps; s++) {
                lessonItem.getChildren().add(new TreeItem<>(stepItem(lesson, text, s)));
            }
            topics.get(lesson.topic()).getChildren().add(lessonItem);
        }
        topics.values().stream().filter(t -> !t.getChildren().isEmpty()).forEach(root.getChildren()::add);
        syncingNavigator = true;
        try {
            navigator.setRoot(root);
        } finally {
            syncingNavigator = false;
        }
        syncNavigator();
    }

    /** A step's row: "✓ 2. Title" once the learner has seen it. */
    private NavItem stepItem(Lesson<?> lesson, Messages text, int step) {
        boolean seen = progress.of(lesson.id()).stepsSeen().contains(step);
        return new NavItem((seen ? "\u2713 " : "") + (step + 1) + ". " + text.get("step." + step + ".title"),
                lesson.topic(), lesson, step);
    }

    /** Told (lesson id, solved) when an exercise is first checked, and when it is solved. */
    void setOnExercise(java.util.function.BiConsumer<String, Boolean> listener) {
        this.onExercise = listener;
    }

    /** Marks the steps seen so far in the navigator. */
    void showProgress(Progress newProgress) {
        this.progress = newProgress;
        if (navigator.getRoot() == null) {
            return;
        }
        Locale locale = appText.locale();
        syncingNavigator = true;
        try {
            for (TreeItem<NavItem> topic : navigator.getRoot().getChildren()) {
                for (TreeItem<NavItem> lessonItem : topic.getChildren()) {
                    Lesson<?> lesson = lessonItem.getValue().lesson();
                    Messages text = lesson.text(locale);
                    for (TreeItem<NavItem> stepItem : lessonItem.getChildren()) {
                        NavItem now = stepItem(lesson, text, stepItem.getValue().step());
                        if (!now.label().equals(stepItem.getValue().label())) {
                            stepItem.setValue(now);
                        }
                    }
                }
            }
        } finally {
            syncingNavigator = false;
        }
    }

    private static int countSteps(Messages text) {
        int n = 0;
        while (text.has("step." + n + ".title")) {
            n++;
        }
        return n;
    }

    /** Selects the current step in the navigator and expands only the current lesson. */
    private void syncNavigator() {
        if (host == null || navigator.getRoot() == null) {
            return;
        }
        syncingNavigator = true;
        try {
            for (TreeItem<NavItem> topic : navigator.getRoot().getChildren()) {
                for (TreeItem<NavItem> lessonItem : topic.getChildren()) {
                    boolean current = lessonItem.getValue().lesson() == host.lesson();
                    lessonItem.setExpanded(current);
                    if (current) {
                        int step = host.model().step();
                        TreeItem<NavItem> stepItem = step < lessonItem.getChildren().size()
                                ? lessonItem.getChildren().get(step) : lessonItem;
                        navigator.getSelectionModel().select(stepItem);
                        int row = navigator.getRow(stepItem);
                        if (row >= 0) {
                            navigator.scrollTo(Math.max(0, row - 3));
                        }
                    }
                }
            }
        } finally {
            syncingNavigator = false;
        }
    }
}
