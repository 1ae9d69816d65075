package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.ui.FigurePane;

/**
 * Keyboard only: in every registered lesson, at every step, Tab reaches every control the step shows
 * (sliders, fields, buttons, step navigation, the figure), each with a name a screen reader can say, and a
 * slider reached that way moves with the arrow keys.
 */
class KeyboardNavigationUiTest extends AppUiTest {
    static List<String> lessons() {
        return LessonRegistry.standard().all().stream().map(Lesson::id).toList();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void tabReachesEveryControlOfEveryStep(String id) {
        interact(() -> {
            app.setLanguage("en");
            app.window().open(app.registry().find(id).orElseThrow(), 0);
        });
        int steps = fx(() -> app.window().host().model().stepCount());
        boolean sliderOperated = false;
        // Steps often show the same controls; each set is tabbed through once.
        Set<Set<Node>> tabbed = new java.util.HashSet<>();
        for (int step = 0; step < steps; step++) {
            int s = step;
            interact(() -> {
                app.window().host().model().resetParameters();
                app.window().host().model().enterStep(s);
            });
            interact(() -> {
                app.stage().requestFocus();
                app.window().navigator().requestFocus();
            });
            List<Node> expected = fx(() -> controlsOf(app.window().host()));
            assertThat(expected).as("%s step %d has a figure to reach", id, step)
                    .anyMatch(n -> n instanceof FigurePane);
            if (!tabbed.add(Set.copyOf(expected))) { // nodes are equal only to themselves
                continue;
            }
            Set<Node> reached = tabAround(expected.size());
            List<String> missed = fx(() -> expected.stream().filter(n -> !reached.contains(n) && !groupReached(n, reached))
                    .map(KeyboardNavigationUiTest::describe).toList());
            assertThat(missed).as("%s step %d: controls Tab never reached", id, step).isEmpty();
            List<String> unnamed = fx(() -> expected.stream().filter(n -> !hasName(n))
                    .map(KeyboardNavigationUiTest::describe).toList());
            assertThat(unnamed).as("%s step %d: controls without a name for screen readers", id, step).isEmpty();
            if (!sliderOperated) {
                sliderOperated = operateASlider(expected);
            }
        }
    }

    /**
     * Toggles of one group are one stop for Tab, the selected one; the arrow keys move within the group, as
     * with radio buttons.
     */
    private static boolean groupReached(Node n, Set<Node> reached) {
        return n instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                && reached.stream().anyMatch(r -> r instanceof javafx.scene.control.Toggle o
                        && o.getToggleGroup() == t.getToggleGroup());
    }

    /** Presses Tab until the focus comes round again; returns every node that had it. */
    private Set<Node> tabAround(int controls) {
        Set<Node> reached = new LinkedHashSet<>();
        Node first = null;
        for (int i = 0; i < 3 * controls + 20; i++) {
            push(KeyCode.TAB);
            Node now = fx(() -> app.stage().getScene().getFocusOwner());
            if (now == null) {
                continue;
            }
            if (first == null) {
                first = now;
            } else if (now == first) {
                break;
            }
            reached.add(now);
        }
        return reached;
    }

    /** Tabs to the first slider and moves it with the arrow keys; false if the step has none. */
    private boolean operateASlider(List<Node> controls) {
        Slider slider = (Slider) controls.stream().filter(n -> n instanceof Slider).findFirst().orElse(null);
        if (slider == null) {
            return false;
        }
        for (int i = 0; i < 3 * controls.size() + 20 && fx(() -> app.stage().getScene().getFocusOwner()) != slider; i++) {
            push(KeyCode.TAB);
        }
        assertThat(fx(() -> app.stage().getScene().getFocusOwner())).isSameAs(slider);
        double before = fx(slider::getValue);
        boolean atMax = fx(() -> slider.getValue() >= slider.getMax());
        push(atMax ? KeyCode.LEFT : KeyCode.RIGHT);
        double after = fx(slider::getValue);
        assertThat(after).as("the arrow key moves %s", fx(() -> describe(slider)))
                .isNotEqualTo(before);
        push(atMax ? KeyCode.RIGHT : KeyCode.LEFT);
        return true;
    }

    /** Every control the learner can use in the lesson now: shown, enabled and meant for the keyboard. */
    static List<Node> controlsOf(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof javafx.scene.control.ScrollPane sp) {
            if (sp.getContent() != null) {
                collect(sp.getContent(), out); // a scroller is a frame, not a control
            }
            return;
        }
        if (n.isFocusTraversable() && (n instanceof Control || n instanceof FigurePane)) {
            out.add(n);
            if (n instanceof Control) {
                return; // the parts of a control (a combo box's arrow) are the control's own business
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static boolean hasName(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return true;
        }
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        // a field named by its label (Label.setLabelFor)
        return n.getScene() != null && n.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(l -> l instanceof javafx.scene.control.Label label && label.getLabelFor() == n);
    }

    private static String describe(Node n) {
        String name = n.getAccessibleText() != null ? n.getAccessibleText()
                : n instanceof javafx.scene.control.Labeled l ? l.getText() : "";
        return n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "") + " “" + name + "”";
    }
}
