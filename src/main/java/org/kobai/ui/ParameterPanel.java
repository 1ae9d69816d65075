package org.kobai.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;

/**
 * The slider-and-field controls of a lesson, laid out in columns. A step shows only the parameters it
 * is about; the others keep their values. Labels come from the lesson bundle's {@code param.ID} keys.
 */
public final class ParameterPanel extends FlowPane {
    private final List<ParameterControl> controls = new ArrayList<>();

    public ParameterPanel(LessonModel model, List<String> order, Messages text, Messages appText) {
        super(28, 8);
        getStyleClass().add("parameter-list");
        setPrefWrapLength(1000);
        for (String id : order) {
            model.parameter(id).ifPresent(p ->
                    controls.add(new ParameterControl(p, text.get("param." + id), appText)));
        }
        getChildren().setAll(controls);
    }

    /** Shows the controls of these parameters, in the panel's order. */
    public void show(Collection<String> ids) {
        List<Node> visible = new ArrayList<>();
        for (ParameterControl pc : controls) {
            if (ids.contains(pc.parameter().id())) {
                visible.add(pc);
            }
        }
        if (!getChildren().equals(visible)) {
            getChildren().setAll(visible);
        }
    }

    public List<ParameterControl> controls() { return List.copyOf(controls); }

    public void dispose() {
        controls.forEach(ParameterControl::dispose);
    }
}
