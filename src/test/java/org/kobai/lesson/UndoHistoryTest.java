package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    /** A value that edits set, each recorded with its old and new value. */
    private static final class Box {
        final UndoHistory history = new UndoHistory();
        int value;

        void set(int v) {
            int before = value;
            value = v;
            history.record(() -> set(before), () -> set(v));
        }
    }

    @Test
    void undoAndRedoWalkBackAndForth() {
        Box b = new Box();
        assertThat(b.history.canUndo()).isFalse();
        b.set(1);
        b.set(2);
        b.set(3);
        assertThat(b.history.undo()).isTrue();
        assertThat(b.value).isEqualTo(2);
        assertThat(b.history.undo()).isTrue();
        assertThat(b.value).isEqualTo(1);
        assertThat(b.history.canRedo()).isTrue();
        assertThat(b.history.redo()).isTrue();
        assertThat(b.value).isEqualTo(2);
        assertThat(b.history.redo()).isTrue();
        assertThat(b.value).isEqualTo(3);
        assertThat(b.history.redo()).isFalse();
        assertThat(b.history.undo()).isTrue();
        assertThat(b.history.undo()).isTrue();
        assertThat(b.history.undo()).isTrue();
        assertThat(b.value).isZero();
        assertThat(b.history.undo()).isFalse();
        assertThat(b.history.canUndo()).isFalse();
    }

    @Test
    void editsMadeWhileUndoingAreNotRecordedAndANewEditForgetsTheUndone() {
        Box b = new Box();
        b.set(1);
        b.set(2);
        b.history.undo(); // set(1) inside records nothing
        assertThat(b.history.canRedo()).isTrue();
        b.set(7);
        assertThat(b.history.canRedo()).isFalse();
        b.history.undo();
        assertThat(b.value).isEqualTo(1);
        b.history.undo();
        assertThat(b.value).isZero();
        assertThat(b.history.canUndo()).isFalse();
    }

    @Test
    void keepsTheLastEditsOnly() {
        Box b = new Box();
        for (int i = 1; i <= UndoHistory.DEPTH + 50; i++) {
            b.set(i);
        }
        int undone = 0;
        while (b.history.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(UndoHistory.DEPTH);
        assertThat(b.value).isEqualTo(50);
    }

    @Test
    void propertiesFollowAndClearForgetsAll() {
        Box b = new Box();
        List<Boolean> seen = new ArrayList<>();
        b.history.canUndoProperty().addListener((o, was, now) -> seen.add(now));
        b.set(1);
        b.history.undo();
        b.history.redo();
        b.history.clear();
        assertThat(seen).containsExactly(true, false, true, false);
        assertThat(b.history.canRedo()).isFalse();
    }
}
