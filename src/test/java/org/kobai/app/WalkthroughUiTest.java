package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lessons.derivative.DerivativeModel;
import org.kobai.ui.WalkthroughPlayer;

/**
 * The walkthrough plays the derivative lesson's script on the real window (h shrinking on the secant step,
 * then the next step) and hands over the moment the teacher touches a control.
 */
class WalkthroughUiTest extends AppUiTest {
    @BeforeEach
    void derivativeOnItsLastStep() {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find("derivative").orElseThrow(), DerivativeModel.STEP_CORNER);
            model().resetParameters();
        });
    }

    @AfterEach
    void stopAnyWalkthrough() {
        interact(() -> {
            if (app.walkthroughs().isPlaying()) {
                app.walkthroughs().player().stop();
            }
        });
    }

    private static DerivativeModel model() {
        return (DerivativeModel) app.window().host().model();
    }

    private static WalkthroughPlayer.State state() {
        return fx(() -> app.walkthroughs().player().state());
    }

    @Test
    void theWalkthroughShrinksHOnTheSecantAndGoesOnToTheTangent() {
        MenuItemClicker.click(this, "#menu-walkthrough", app);
        assertThat(fx(() -> model().step())).as("it starts from the first step").isEqualTo(DerivativeModel.STEP_SECANT);
        assertThat(lookup("#walkthrough-bar").tryQuery()).isPresent();
        assertThat(textOf("#walkthrough-caption")).contains("Step 1 of 5");
        // The script sweeps h from 1 to 0.01 after three seconds of reading; the limits leave room for a slow machine.
        waitUntil("h is moving and the caption says so", 20,
                () -> fx(() -> model().h().get()) < 0.5 && textOf("#walkthrough-caption").contains("0.01"));
        waitUntil("h has arrived at 0.01", 20, () -> fx(() -> model().h().get()) == 0.01);
        waitUntil("the walkthrough goes on to the tangent step", 20,
                () -> fx(() -> model().step()) == DerivativeModel.STEP_TANGENT);
        assertThat(textOf("#walkthrough-caption")).contains("Step 2 of 5");
        assertThat(state()).isEqualTo(WalkthroughPlayer.State.PLAYING);
    }

    @Test
    void touchingASliderHandsOverAndLeavesTheValueWhereTheTeacherPutIt() {
        push(KeyCode.F6);
        waitUntil("h is moving", 20, () -> fx(() -> model().h().get()) < 0.8);
        Slider slider = lookup("#slider-c").queryAs(Slider.class);
        Node thumb = fx(() -> slider.lookup(".thumb"));
        Bounds track = fx(() -> slider.localToScreen(slider.getBoundsInLocal()));
        Point2D right = new Point2D(track.getMinX() + track.getWidth() * 0.85, track.getCenterY());
        drag(thumb, MouseButton.PRIMARY).moveTo(right).release(MouseButton.PRIMARY);

        assertThat(state()).isEqualTo(WalkthroughPlayer.State.HANDED_OVER);
        assertThat(lookup("#walkthrough-bar").tryQuery()).as("the bar is gone").isEmpty();
        double c = fx(() -> model().c().get());
        double h = fx(() -> model().h().get());
        assertThat(c).as("c is where the teacher dragged it").isGreaterThan(1.5);
        assertThat(fx(slider::getValue)).isEqualTo(c);
        sleep(1000);
        assertThat(fx(() -> model().h().get())).as("h stopped where it was").isEqualTo(h);
        assertThat(fx(() -> model().c().get())).isEqualTo(c);
        assertThat(fx(() -> model().step())).isEqualTo(DerivativeModel.STEP_SECANT);
        assertThat(textOf("#status")).contains("the controls are yours");
    }

    @Test
    void settingAMovingParameterTakesItOver() {
        push(KeyCode.F6);
        waitUntil("h is moving", 20, () -> fx(() -> model().h().get()) < 0.8);
        interact(() -> model().h().set(1.5));
        assertThat(state()).isEqualTo(WalkthroughPlayer.State.HANDED_OVER);
        sleep(500);
        assertThat(fx(() -> model().h().get())).isEqualTo(1.5);
    }

    @Test
    void theNextButtonHandsOverAndMovesOn() {
        push(KeyCode.F6);
        clickOn("#next-step");
        assertThat(state()).isEqualTo(WalkthroughPlayer.State.HANDED_OVER);
        assertThat(fx(() -> model().step())).isEqualTo(DerivativeModel.STEP_TANGENT);
    }

    @Test
    void pauseHoldsEverythingAndEscStops() {
        push(KeyCode.F6);
        waitUntil("h is moving", 20, () -> fx(() -> model().h().get()) < 0.8);
        clickOn("#walkthrough-pause");
        assertThat(state()).isEqualTo(WalkthroughPlayer.State.PAUSED);
        assertThat(textOf("#walkthrough-caption")).startsWith("Paused");
        double h = fx(() -> model().h().get());
        sleep(700);
        assertThat(fx(() -> model().h().get())).isEqualTo(h);
        clickOn("#walkthrough-pause");
        waitUntil("h moves again", 10, () -> fx(() -> model().h().get()) < h);
        push(KeyCode.ESCAPE);
        assertThat(state()).isEqualTo(WalkthroughPlayer.State.STOPPED);
        assertThat(lookup("#walkthrough-bar").tryQuery()).isEmpty();
    }

    @Test
    void openingAnotherLessonEndsTheWalkthrough() {
        push(KeyCode.F6);
        WalkthroughPlayer player = fx(() -> app.walkthroughs().player());
        interact(() -> app.window().open(app.registry().find("normal").orElseThrow(), 0));
        assertThat(fx(player::state)).isEqualTo(WalkthroughPlayer.State.STOPPED);
        assertThat(lookup("#walkthrough-bar").tryQuery()).isEmpty();
    }

    @Test
    void clickingTheExplanationToReadOnKeepsItPlaying() {
        push(KeyCode.F6);
        clickOn("#step-title");
        assertThat(state()).isEqualTo(WalkthroughPlayer.State.PLAYING);
    }

    @Test
    void aLessonWithoutAScriptOfItsOwnMovesItsMainParameterOutAndBack() {
        interact(() -> app.window().open(app.registry().find("linearity").orElseThrow(), 2));
        org.kobai.lesson.Parameter a = fx(() -> app.window().host().model().parameter("a").orElseThrow());
        interact(a::reset);
        push(KeyCode.F6);
        assertThat(fx(() -> app.window().host().model().step())).isZero();
        // The standard script takes a from its default 2 half-way to the farther end −2, that is to 0, and back.
        waitUntil("a is on its way to 0", 20, () -> fx(a::get) < 1.5
                && textOf("#walkthrough-caption").contains("\u2192 0"));
        waitUntil("a is on its way back", 20, () -> textOf("#walkthrough-caption").contains("\u2192 2"));
        waitUntil("a is back at 2", 20, () -> fx(a::get) == 2.0);
    }
}
