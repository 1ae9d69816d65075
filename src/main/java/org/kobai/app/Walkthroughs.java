package org.kobai.app;

import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import org.kobai.lesson.Walkthrough;
import org.kobai.ui.WalkthroughPlayer;

/**
 * Starts and ends the walkthrough of the lesson on screen. While it plays, the teacher's first touch of
 * anything in the lesson or the navigator (a slider, a field, the figure, a step button, the arrow keys)
 * ends it and leaves every value where the teacher put it; Esc ends it too.
 */
final class Walkthroughs {
    private final KobaiApp app;
    private WalkthroughPlayer player;
    private WalkthroughBar bar;
    private LessonHost playingIn;
    private final EventHandler<InputEvent> onTouch = this::touched;
    private final EventHandler<KeyEvent> onKey = this::key;

    Walkthroughs(KobaiApp app) {
        this.app = app;
    }

    boolean isPlaying() {
        return player != null && !player.state().isOver();
    }

    WalkthroughPlayer player() { return player; }
    WalkthroughBar bar() { return bar; }

    /** Starts the current lesson's walkthrough, or stops the one playing. */
    void toggle() {
        if (isPlaying()) {
            player.stop();
        } else {
            start();
        }
    }

    void start() {
        MainWindow window = app.window();
        LessonHost host = window.host();
        if (host == null) {
            return;
        }
        stopQuietly();
        Walkthrough script = host.lesson().createWalkthrough(host.model());
        WalkthroughPlayer p = new WalkthroughPlayer(host.model(), script);
        player = p;
        playingIn = host;
        bar = new WalkthroughBar(p, host.model(), host.lesson().text(window.appText().locale()), window.appText());
        window.setBanner(bar);
        Scene scene = window.getScene();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, onTouch);
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, onTouch);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, onKey);
        p.stateProperty().addListener((o, was, now) -> {
            if (now.isOver() && player == p) {
                ended(now);
            }
        });
        p.play();
    }

    /** The lesson on screen is about to change: a walkthrough of the old one ends without a word. */
    void lessonClosing() {
        stopQuietly();
    }

    private void stopQuietly() {
        if (isPlaying()) {
            WalkthroughPlayer p = player;
            player = null;
            p.stop();
            cleanUp();
        }
    }

    private void ended(WalkthroughPlayer.State how) {
        cleanUp();
        app.window().showStatus(app.window().appText().get(switch (how) {
            case FINISHED -> "walkthrough.finished";
            case HANDED_OVER -> "walkthrough.handedOver";
            default -> "walkthrough.stopped";
        }));
    }

    private void cleanUp() {
        Scene scene = app.window().getScene();
        if (scene != null) {
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, onTouch);
            scene.removeEventFilter(TouchEvent.TOUCH_PRESSED, onTouch);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, onKey);
        }
        if (bar != null) {
            app.window().setBanner(null);
            bar = null;
        }
        playingIn = null;
    }

    /**
     * A press or touch in the lesson or the navigator; not on the walkthrough's own bar, and not on the step's
     * explanation (scrolling it to read on is no reason to stop). Scrolling anywhere is reading too.
     */
    private void touched(InputEvent e) {
        if (!isPlaying()) {
            return;
        }
        EventTarget target = e.getTarget();
        if (!(target instanceof Node n) || within(n, bar)) {
            return;
        }
        boolean reading = within(n, playingIn.explanationPane()) && !playingIn.isPracticing();
        if (!reading && (within(n, playingIn) || within(n, app.window().navigator()))) {
            player.handOver();
        }
    }

    private void key(KeyEvent e) {
        if (!isPlaying()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            player.stop();
            e.consume();
            return;
        }
        if (code.isModifierKey() || code.isFunctionKey() || e.isShortcutDown() || e.isAltDown()) {
            return; // the menus' shortcuts (zoom, projector view) leave the walkthrough playing
        }
        boolean stepKey = code == KeyCode.LEFT || code == KeyCode.RIGHT
                || code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN;
        Node focus = app.window().getScene().getFocusOwner();
        if (stepKey || (focus != null && !within(focus, bar) && within(focus, playingIn))) {
            player.handOver();
        }
    }

    private static boolean within(Node n, Node ancestor) {
        for (Node at = n; at != null && ancestor != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
