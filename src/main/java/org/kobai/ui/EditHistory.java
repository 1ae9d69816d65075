package org.kobai.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kobai.lesson.UndoHistory;

/**
 * Finds the lesson's {@link UndoHistory} for a control: the lesson host installs its model's history on
 * itself, and the controls inside it (function fields, parameter fields) record their edits there without
 * the lesson having to pass it down. Also tells the undo and redo keys apart.
 */
public final class EditHistory {
    private static final Object KEY = UndoHistory.class;

    private EditHistory() {}

    /** Makes {@code history} the one for every control inside {@code root}. */
    public static void install(Node root, UndoHistory history) {
        root.getProperties().put(KEY, history);
    }

    /** The history of the nearest ancestor that has one, or null outside a lesson. */
    public static UndoHistory of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof UndoHistory h) {
                return h;
            }
        }
        return null;
    }

    /** Records an edit where the node is, if it is inside a lesson. */
    public static void record(Node node, Runnable undo, Runnable redo) {
        UndoHistory h = of(node);
        if (h != null) {
            h.record(undo, redo);
        }
    }

    /** Ctrl+Z (⌘Z). */
    public static boolean isUndo(KeyEvent e) {
        return e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown();
    }

    /** Ctrl+Y or Ctrl+Shift+Z. */
    public static boolean isRedo(KeyEvent e) {
        return e.isShortcutDown() && !e.isAltDown()
                && ((e.getCode() == KeyCode.Y && !e.isShiftDown()) || (e.getCode() == KeyCode.Z && e.isShiftDown()));
    }
}
