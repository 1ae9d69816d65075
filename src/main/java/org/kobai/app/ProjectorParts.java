package org.kobai.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.kobai.lesson.Messages;
import org.kobai.ui.ParameterControl;
import org.kobai.ui.ParameterPanel;

/**
 * The parts of the lesson on screen that the projector view can hide, each under a key that is the same
 * every time the lesson opens: {@code explanation}, {@code readout}, {@code param-<id>} for each slider,
 * {@code node-<id>} for any other control with an id, and {@code other} for the rest. The figure is never
 * one of them.
 */
final class ProjectorParts {
    static final String EXPLANATION = "explanation";
    static final String READOUT = "readout";
    static final String OTHER = "other";

    /** One line of the "keep these controls" chooser. */
    record Part(String key, String label, List<Node> nodes) {}

    private ProjectorParts() {}

    static List<Part> of(LessonHost host, Messages appText) {
        Messages text = host.lesson().text(appText.locale());
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put(EXPLANATION, new Part(EXPLANATION, appText.get("projector.explanation"),
                List.of(host.explanationPane())));
        if (host.view().readout() != null) {
            parts.put(READOUT, new Part(READOUT, appText.get("projector.readout"), List.of(host.view().readout())));
        }
        List<ParameterControl> sliders = new ArrayList<>();
        List<Node> others = new ArrayList<>();
        collect(host.view().controls(), sliders, others);
        for (ParameterControl pc : sliders) {
            String id = pc.parameter().id();
            String key = "param." + id;
            parts.putIfAbsent("param-" + id, new Part("param-" + id,
                    appText.format("projector.parameter", text.has(key) ? text.get(key) : id), List.of(pc)));
        }
        List<Node> unnamed = new ArrayList<>();
        for (Node n : others) {
            if (n.getId() != null && !n.getId().isBlank() && !parts.containsKey("node-" + n.getId())) {
                parts.put("node-" + n.getId(), new Part("node-" + n.getId(), nameOf(n), List.of(n)));
            } else {
                unnamed.add(n);
            }
        }
        if (!unnamed.isEmpty()) {
            parts.put(OTHER, new Part(OTHER, appText.get("projector.other"), unnamed));
        }
        return List.copyOf(parts.values());
    }

    /** Sliders (every one a panel holds, whichever step shows it) apart from everything else. */
    private static void collect(Node n, List<ParameterControl> sliders, List<Node> others) {
        if (n instanceof ParameterControl pc) {
            sliders.add(pc);
        } else if (n instanceof ParameterPanel panel) {
            sliders.addAll(panel.controls());
        } else if (n instanceof Parent p && holdsSliders(p)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, sliders, others);
            }
        } else {
            others.add(n);
        }
    }

    private static boolean holdsSliders(Parent p) {
        return p.lookup(".parameter-control") != null || p.lookup(".parameter-list") != null;
    }

    /** What a control calls itself: its accessible text, the first words on it, or its id. */
    private static String nameOf(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return n.getAccessibleText();
        }
        Labeled first = firstLabeled(n);
        if (first != null) {
            return first.getText();
        }
        return n.getId();
    }

    private static Labeled firstLabeled(Node n) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Labeled found = firstLabeled(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
