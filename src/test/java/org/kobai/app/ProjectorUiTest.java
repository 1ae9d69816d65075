package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.app.settings.Settings;
import org.kobai.lessons.derivative.DerivativeModel;

/**
 * The projector view on the derivative lesson: full screen at the projector's scale without the navigator
 * and the controls the teacher unticked; the figure and the kept controls stay; leaving puts all back.
 */
class ProjectorUiTest extends AppUiTest {
    @BeforeEach
    void derivativeWithEverythingKept() {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find("derivative").orElseThrow(), DerivativeModel.STEP_SECANT);
            app.updateSettings(s -> s.withProjectorHidden("derivative", Set.of()));
        });
    }

    @AfterEach
    void leaveTheProjectorView() {
        interact(() -> app.projector().leave());
    }

    /** Visible, taking its room, with every parent visible. */
    private boolean shown(String query) {
        Node n = lookup(query).query();
        return fx(() -> {
            for (Node at = n; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null && n.isManaged();
        });
    }

    private boolean inWindow(Node n) {
        return fx(() -> n.getScene() != null && n.isVisible());
    }

    @Test
    void theProjectorViewHidesTheNavigatorAndUntickedControlsKeepsTheRestAndLeavingRestoresThem() {
        interact(() -> app.projector().setKept("param-h", false));
        Node navigator = fx(() -> app.window().navigator());
        Node menuBar = fx(() -> app.window().getTop());
        assertThat(inWindow(navigator)).isTrue();
        double before = fx(app::scaleNow);
        interact(() -> ((javafx.scene.control.SplitPane) app.window().getCenter()).setDividerPositions(0.27));
        double share = fx(() -> app.window().navigatorShare());

        push(KeyCode.F5);
        assertThat(fx(() -> app.projector().isActive())).isTrue();
        assertThat(inWindow(navigator)).as("navigator").isFalse();
        assertThat(fx(menuBar::isVisible)).as("menu bar").isFalse();
        assertThat(shown("#param-h")).as("the unticked slider").isFalse();
        assertThat(shown("#param-c")).as("the kept slider").isTrue();
        assertThat(shown("#figure")).as("the figure").isTrue();
        assertThat(shown("#explanation")).as("the step's formulas").isTrue();
        assertThat(fx(app::scaleNow)).isEqualTo(Settings.PROJECTOR_SCALE);
        assertThat(lookup("#status").tryQuery()).as("the status line gives way").isEmpty();

        push(KeyCode.ESCAPE);
        assertThat(fx(() -> app.projector().isActive())).isFalse();
        assertThat(inWindow(navigator)).isTrue();
        assertThat(fx(() -> app.window().navigatorShare())).as("the divider where it was")
                .isCloseTo(share, org.assertj.core.data.Offset.offset(0.005));
        assertThat(fx(menuBar::isVisible)).isTrue();
        assertThat(shown("#param-h")).isTrue();
        assertThat(shown("#param-c")).isTrue();
        assertThat(fx(app::scaleNow)).isEqualTo(before);
        assertThat(fx(() -> app.stage().isFullScreen())).as("full screen only if it was before").isFalse();
        assertThat(lookup("#status").tryQuery()).isPresent();
        assertThat(fx(() -> app.settings().projectorHidden("derivative"))).as("remembered").containsExactly("param-h");
    }

    @Test
    void theChooserInTheProjectorViewHidesAControlAtOnce() {
        push(KeyCode.F5);
        assertThat(shown("#param-c")).isTrue();
        clickOn("#projector-controls");
        clickOn("#keep-param-c");
        assertThat(shown("#param-c")).isFalse();
        assertThat(shown("#param-h")).isTrue();
        clickOn("#projector-leave");
        assertThat(fx(() -> app.projector().isActive())).isFalse();
        assertThat(shown("#param-c")).isTrue();
    }

    @Test
    void aButtonTheLessonShowsOnlyOnSomeStepsStaysHiddenAndComesBackAsTheStepWants() {
        interact(() -> app.projector().setKept("node-play", false));
        push(KeyCode.F5);
        Node play = lookup("#play").query();
        assertThat(fx(play::isVisible)).isFalse();
        interact(() -> app.window().host().go(1)); // the tangent step has nothing to play: the lesson hides it
        interact(() -> app.window().host().go(-1)); // the secant step shows it again: still hidden here
        assertThat(fx(play::isVisible)).isFalse();
        push(KeyCode.ESCAPE);
        assertThat(fx(play::isVisible)).as("back as the secant step wants it").isTrue();
        interact(() -> app.window().host().go(1));
        assertThat(fx(play::isVisible)).isFalse();
    }

    @Test
    void zoomingInTheProjectorViewChangesItsOwnScaleOnly() {
        double window = fx(() -> app.settings().scale());
        push(KeyCode.F5);
        interact(app::zoomIn);
        assertThat(fx(() -> app.settings().projectorScale())).isGreaterThan(Settings.PROJECTOR_SCALE);
        assertThat(fx(() -> app.settings().scale())).isEqualTo(window);
        interact(app::zoomReset);
        assertThat(fx(() -> app.settings().projectorScale())).isEqualTo(Settings.PROJECTOR_SCALE);
    }

    @Test
    void theFigureKeepsItsShareOfTheHeightBesideALongReadoutAndEveryControl() {
        interact(() -> app.window().open(app.registry().find("descent").orElseThrow(),
                org.kobai.lessons.descent.DescentModel.STEP_COMPARE)); // four lines of readout, many controls
        push(KeyCode.F5);
        waitUntil("the projector view", () -> fx(() -> app.projector().isActive()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double figure = fx(() -> ((javafx.scene.layout.Region) app.window().host().view().figure()).getHeight());
        double host = fx(() -> app.window().host().getHeight());
        assertThat(figure).as("the figure's height in a lesson %s high", host)
                .isGreaterThanOrEqualTo(LessonHost.FIGURE_SHARE * host - 1);
    }
}
