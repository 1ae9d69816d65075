package org.kobai.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes a lesson's controls work for keyboard and screen-reader users, whatever view built them: a field,
 * slider or list without a name of its own is named by the label just before it (as a form reads) or by its
 * prompt (which then also becomes its tooltip, since the prompt goes once text is typed); Tab leaves a multi-line text area instead of typing a tab
 * (Ctrl+Tab still does what it did). Applying it again to the same controls changes nothing.
 */
public final class KeyboardAccess {
    private static final Object TAB_LEAVES = new Object();

    private KeyboardAccess() {}

    /** Applies to every control inside {@code root}, scrolled content included. */
    public static void apply(Node root) {
        if (root instanceof ScrollPane sp) {
            if (sp.getContent() != null) {
                apply(sp.getContent());
            }
            return;
        }
        if (root instanceof Control c && !(root instanceof Labeled)) {
            name(c);
        }
        if (root instanceof TextArea area) {
            tabLeaves(area);
        }
        if (root instanceof Parent p && !(root instanceof Control)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                apply(child);
            }
        }
    }

    /** Gives a nameless field, slider or list the text of the label before it, or its prompt. */
    static void name(Control c) {
        if (!(c instanceof TextInputControl || c instanceof Slider || c instanceof ComboBoxBase<?>)) {
            return;
        }
        String name = c.getAccessibleText();
        boolean labelled = true;
        if (name == null || name.isBlank()) {
            Label before = labelBefore(c);
            if (before != null) {
                if (before.getLabelFor() == null) {
                    before.setLabelFor(c);
                }
                name = before.getText();
            } else if (c instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
                name = t.getPromptText();
                labelled = false;
            } else if (c instanceof ComboBoxBase<?> box && box.getPromptText() != null && !box.getPromptText().isBlank()) {
                name = box.getPromptText();
                labelled = false;
            }
            if (name != null && !name.isBlank()) {
                c.setAccessibleText(name);
            }
        }
        // A control named only by its prompt loses that name once typed in: the tooltip keeps it in reach.
        if (!labelled && c.getTooltip() == null && name != null && !name.isBlank()) {
            c.setTooltip(new Tooltip(name));
        }
    }

    /** The label right before the control among its siblings, if it has text and names nothing else. */
    private static Label labelBefore(Control c) {
        if (c.getParent() == null) {
            return null;
        }
        List<Node> siblings = c.getParent().getChildrenUnmodifiable();
        int i = siblings.indexOf(c);
        if (i > 0 && siblings.get(i - 1) instanceof Label l && l.getText() != null && !l.getText().isBlank()
                && (l.getLabelFor() == null || l.getLabelFor() == c)) {
            return l;
        }
        return null;
    }

    /** Tab and Shift+Tab move the focus on, as Ctrl+Tab does in a text area; a tab is rarely what is meant. */
    static void tabLeaves(TextArea area) {
        if (area.getProperties().containsKey(TAB_LEAVES)) {
            return;
        }
        area.getProperties().put(TAB_LEAVES, Boolean.TRUE);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }
}
