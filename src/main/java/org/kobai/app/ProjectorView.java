package org.kobai.app;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kobai.lesson.Messages;

/**
 * The projector view, for a class: full screen, no navigator, menu bar or status line, type and figures at
 * the projector's scale, and only the parts of the lesson the teacher keeps (chosen per lesson, remembered
 * in the settings). The figure always stays. Leaving (Esc, F5) puts everything back as it was.
 */
final class ProjectorView {
    /**
     * Monocle's headless screen (the UI tests) has no full screen to fill: growing a window past its frame
     * buffer there breaks its painter. Everything else about the view is the same.
     */
    private static final boolean HEADLESS = "Headless".equalsIgnoreCase(System.getProperty("monocle.platform"));
    private final KobaiApp app;
    private final Concealment concealment = new Concealment();
    private final ChangeListener<Boolean> onFullScreen = (o, was, now) -> {
        if (!now) {
            leave(); // the window left full screen some other way (F11, the window manager)
        }
    };
    private boolean active;
    private boolean wasFullScreen;
    private boolean wasNavigatorShown;
    private String wasExitHint;
    private KeyCombination wasExitKey;

    ProjectorView(KobaiApp app) {
        this.app = app;
    }

    boolean isActive() { return active; }

    void toggle() {
        if (active) {
            leave();
        } else {
            enter();
        }
    }

    void enter() {
        if (active || app.window().host() == null) {
            return;
        }
        active = true;
        MainWindow w = app.window();
        Messages t = w.appText();
        wasNavigatorShown = w.isNavigatorShown();
        w.setNavigatorShown(false);
        setMenuBarShown(false);
        w.setFooter(strip(t));
        w.getStyleClass().add("projector");
        app.setPresenting(true);
        conceal();
        Stage stage = app.stage();
        wasFullScreen = stage.isFullScreen();
        wasExitHint = stage.getFullScreenExitHint();
        wasExitKey = stage.getFullScreenExitKeyCombination();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it leaves the whole view
        stage.setFullScreenExitHint(t.get("projector.exitHint"));
        if (!HEADLESS) {
            stage.setFullScreen(true);
        }
        stage.fullScreenProperty().addListener(onFullScreen);
    }

    void leave() {
        if (!active) {
            return;
        }
        active = false;
        Stage stage = app.stage();
        stage.fullScreenProperty().removeListener(onFullScreen);
        stage.setFullScreen(wasFullScreen);
        stage.setFullScreenExitKeyCombination(wasExitKey);
        stage.setFullScreenExitHint(wasExitHint);
        concealment.restore();
        MainWindow w = app.window();
        app.setPresenting(false);
        w.getStyleClass().remove("projector");
        w.setFooter(null);
        setMenuBarShown(true);
        w.setNavigatorShown(wasNavigatorShown);
    }

    /** Esc leaves the view, unless a walkthrough is playing: then Esc stops that first. */
    void keyPressed(KeyEvent e) {
        if (active && e.getCode() == KeyCode.ESCAPE && !app.walkthroughs().isPlaying()) {
            leave();
            e.consume();
        }
    }

    /** The menu bar and the language were replaced: hide the new menu bar, relabel the strip. */
    void menusRebuilt() {
        if (active) {
            setMenuBarShown(false);
            app.window().setFooter(strip(app.window().appText()));
        }
    }

    /** Another lesson is about to replace this one: give its parts back before it goes. */
    void lessonClosing() {
        concealment.restore();
    }

    void lessonOpened() {
        if (active) {
            conceal();
        }
    }

    /** Keeps or hides one part of the current lesson in the projector view, and remembers the choice. */
    void setKept(String key, boolean keep) {
        LessonHost host = app.window().host();
        if (host == null) {
            return;
        }
        String lesson = host.lesson().id();
        Set<String> hidden = new HashSet<>(app.settings().projectorHidden(lesson));
        if (keep) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
        app.updateSettings(s -> s.withProjectorHidden(lesson, hidden));
        if (active) {
            concealment.restore();
            conceal();
        }
    }

    boolean isKept(String key) {
        LessonHost host = app.window().host();
        return host == null || !app.settings().projectorHidden(host.lesson().id()).contains(key);
    }

    /** The "keep these controls" chooser for the View menu: the current lesson's parts, ticked when kept. */
    Menu keepMenu(Messages t) {
        Menu menu = new Menu(t.get("menu.view.projectorKeep"));
        menu.setId("menu-projector-keep");
        menu.getItems().add(new MenuItem()); // a submenu with no items never opens; filled when it does
        menu.setOnShowing(e -> menu.getItems().setAll(keepItems()));
        return menu;
    }

    private List<MenuItem> keepItems() {
        LessonHost host = app.window().host();
        if (host == null) {
            return List.of();
        }
        return ProjectorParts.of(host, app.window().appText()).stream().map(part -> {
            CheckMenuItem item = new CheckMenuItem(part.label());
            item.setId("keep-" + part.key());
            item.setSelected(isKept(part.key()));
            item.setOnAction(e -> setKept(part.key(), item.isSelected()));
            return (MenuItem) item;
        }).toList();
    }

    private void conceal() {
        LessonHost host = app.window().host();
        if (host == null) {
            return;
        }
        Set<String> hidden = app.settings().projectorHidden(host.lesson().id());
        for (ProjectorParts.Part part : ProjectorParts.of(host, app.window().appText())) {
            if (hidden.contains(part.key())) {
                part.nodes().forEach(concealment::hide);
            }
        }
    }

    /** In place of the status line: the chooser and a way out, small in a corner. */
    private Node strip(Messages t) {
        MenuButton controls = new MenuButton(t.get("projector.controls"));
        controls.setId("projector-controls");
        controls.setOnShowing(e -> controls.getItems().setAll(keepItems()));
        controls.getItems().add(new MenuItem());
        Button leave = new Button(t.get("projector.leave"));
        leave.setId("projector-leave");
        leave.setOnAction(e -> leave());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox strip = new HBox(8, gap, controls, leave);
        strip.setId("projector-strip");
        strip.getStyleClass().add("projector-strip");
        strip.setAlignment(Pos.CENTER_RIGHT);
        strip.setPadding(new Insets(2, 8, 2, 8));
        return strip;
    }

    private void setMenuBarShown(boolean shown) {
        Node bar = app.window().getTop();
        if (bar != null) {
            bar.setVisible(shown);
            bar.setManaged(shown);
        }
    }
}
