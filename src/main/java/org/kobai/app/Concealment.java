package org.kobai.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * Nodes hidden for a while (by the projector view) and given back exactly as they were. A lesson may show
 * or hide its own nodes meanwhile (a button only some steps need): that wish is remembered, the node stays
 * hidden, and the wish is what {@link #restore()} puts back.
 */
final class Concealment {
    private final List<Hidden> hidden = new ArrayList<>();

    /** Hides {@code node} (not taking room either) until {@link #restore()}. */
    void hide(Node node) {
        for (Hidden h : hidden) {
            if (h.node == node) {
                return;
            }
        }
        hidden.add(new Hidden(node));
    }

    boolean isEmpty() { return hidden.isEmpty(); }

    /** Gives every node back the visibility and layout its owner last asked for. */
    void restore() {
        List<Hidden> all = List.copyOf(hidden);
        hidden.clear();
        all.forEach(Hidden::restore);
    }

    private static final class Hidden {
        final Node node;
        boolean wantVisible;
        boolean wantManaged;
        boolean setting;
        final ChangeListener<Boolean> onVisible = (o, was, now) -> wished(true, now);
        final ChangeListener<Boolean> onManaged = (o, was, now) -> wished(false, now);

        Hidden(Node node) {
            this.node = node;
            wantVisible = node.isVisible();
            wantManaged = node.isManaged();
            node.visibleProperty().addListener(onVisible);
            node.managedProperty().addListener(onManaged);
            conceal();
        }

        private void wished(boolean visible, boolean value) {
            if (setting) {
                return;
            }
            if (visible) {
                wantVisible = value;
            } else {
                wantManaged = value;
            }
            conceal();
        }

        private void conceal() {
            set(false, false);
        }

        void restore() {
            node.visibleProperty().removeListener(onVisible);
            node.managedProperty().removeListener(onManaged);
            set(wantVisible, wantManaged);
        }

        private void set(boolean visible, boolean managed) {
            setting = true;
            try {
                if (!node.visibleProperty().isBound()) {
                    node.setVisible(visible);
                }
                if (!node.managedProperty().isBound()) {
                    node.setManaged(managed);
                }
            } finally {
                setting = false;
            }
        }
    }
}
