package org.kobai.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A lesson's edits that Ctrl+Z takes back and Ctrl+Y (or Ctrl+Shift+Z) does again: typed functions, matrix
 * entries, data points, typed parameter values. Each model has one ({@link LessonModel#history()}), so it
 * outlives the views and a language change. Recording a new edit forgets what was undone; while an edit is
 * being undone or redone, whatever it records itself is ignored. Holds the last {@value #DEPTH} edits.
 */
public final class UndoHistory {
    /** How many edits are kept; older ones are forgotten. */
    public static final int DEPTH = 200;

    /** One change that can be taken back and done again. */
    public interface Edit {
        void undo();

        void redo();
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private boolean applying;

    /** Remembers an edit that was just made; ignored while an undo or redo is running. */
    public void record(Edit edit) {
        if (applying) {
            return;
        }
        done.addLast(edit);
        while (done.size() > DEPTH) {
            done.removeFirst();
        }
        undone.clear();
        update();
    }

    /** An edit from two actions: {@code undo} puts the old state back, {@code redo} the new one. */
    public void record(Runnable undo, Runnable redo) {
        record(new Edit() {
            @Override public void undo() { undo.run(); }
            @Override public void redo() { redo.run(); }
        });
    }

    /** Takes back the last edit; false if there is none. */
    public boolean undo() {
        Edit e = done.pollLast();
        if (e == null) {
            return false;
        }
        apply(e::undo);
        undone.addLast(e);
        update();
        return true;
    }

    /** Does the last undone edit again; false if there is none. */
    public boolean redo() {
        Edit e = undone.pollLast();
        if (e == null) {
            return false;
        }
        apply(e::redo);
        done.addLast(e);
        update();
        return true;
    }

    /** Forgets every edit (new data replaced everything the edits referred to). */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    public boolean isApplying() { return applying; }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    public boolean canUndo() { return canUndo.get(); }

    public boolean canRedo() { return canRedo.get(); }

    private void apply(Runnable action) {
        applying = true;
        try {
            action.run();
        } finally {
            applying = false;
        }
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
