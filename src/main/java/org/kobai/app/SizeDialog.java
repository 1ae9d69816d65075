package org.kobai.app;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.kobai.lesson.Messages;
import org.kobai.plot.FigureRenderer;

/**
 * Asks for an exported picture's width and height in pixels, and for an animation also its number of
 * frames. OK stays refused, with the allowed range shown, until every field holds a whole number in range.
 */
final class SizeDialog {
    private SizeDialog() {}

    /**
     * @param initial width and height, then the frame count when there is one (two or three numbers)
     * @return the numbers chosen, in the same order; empty when cancelled
     */
    static Optional<int[]> ask(Window owner, Messages t, String title, String header, int[] initial,
                               int minFrames, int maxFrames) {
        boolean frames = initial.length == 3;
        Dialog<int[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        TextField[] fields = new TextField[initial.length];
        for (int i = 0; i < initial.length; i++) {
            fields[i] = new TextField(Integer.toString(initial[i]));
        }
        fields[0].setId("export-width");
        fields[1].setId("export-height");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label(t.get("export.width")), fields[0]);
        g.addRow(1, new Label(t.get("export.height")), fields[1]);
        if (frames) {
            fields[2].setId("export-frames");
            g.addRow(2, new Label(t.get("animation.frames")), fields[2]);
        }
        g.add(error, 0, initial.length, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (read(fields[0], FigureRenderer.MIN_SIZE, FigureRenderer.MAX_SIZE) == null
                    || read(fields[1], FigureRenderer.MIN_SIZE, FigureRenderer.MAX_SIZE) == null) {
                error.setText(t.format("export.badSize", FigureRenderer.MIN_SIZE, FigureRenderer.MAX_SIZE));
                e.consume();
            } else if (frames && read(fields[2], minFrames, maxFrames) == null) {
                error.setText(t.format("animation.badFrames", minFrames, maxFrames));
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            int[] out = new int[initial.length];
            out[0] = read(fields[0], FigureRenderer.MIN_SIZE, FigureRenderer.MAX_SIZE);
            out[1] = read(fields[1], FigureRenderer.MIN_SIZE, FigureRenderer.MAX_SIZE);
            if (frames) {
                out[2] = read(fields[2], minFrames, maxFrames);
            }
            return out;
        });
        return d.showAndWait();
    }

    private static Integer read(TextField field, int min, int max) {
        try {
            int v = Integer.parseInt(field.getText().trim());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
