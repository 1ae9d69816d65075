package org.kobai.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Lesson prose with formulas: {@code $...$} is an inline formula, {@code $$...$$} a displayed one on its
 * own line, and a blank line starts a new paragraph. Formulas that cannot be typeset show as their source,
 * so a typo in a text never breaks a lesson.
 */
public final class RichText {
    private RichText() {}

    /** One piece of a paragraph. */
    public record Piece(String text, Kind kind) {}

    public enum Kind { TEXT, INLINE, DISPLAY }

    /** Splits text into paragraphs of pieces. */
    public static List<List<Piece>> parse(String source) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        for (String para : source.split("\\n\\s*\\n")) {
            List<Piece> pieces = new ArrayList<>();
            int i = 0;
            while (i < para.length()) {
                int open = para.indexOf('$', i);
                if (open < 0) {
                    pieces.add(new Piece(para.substring(i), Kind.TEXT));
                    break;
                }
                boolean display = para.startsWith("$$", open);
                String delimiter = display ? "$$" : "$";
                int close = para.indexOf(delimiter, open + delimiter.length());
                if (close < 0) {
                    pieces.add(new Piece(para.substring(i), Kind.TEXT));
                    break;
                }
                if (open > i) {
                    pieces.add(new Piece(para.substring(i, open), Kind.TEXT));
                }
                pieces.add(new Piece(para.substring(open + delimiter.length(), close).trim(),
                        display ? Kind.DISPLAY : Kind.INLINE));
                i = close + delimiter.length();
            }
            if (!pieces.isEmpty()) {
                paragraphs.add(pieces);
            }
        }
        return paragraphs;
    }

    /** Builds the nodes: a column of paragraphs. */
    public static VBox build(String source, Formulas formulas, double fontSizePx, Color colour, double pixelScale) {
        VBox column = new VBox(fontSizePx * 0.7);
        column.getStyleClass().add("rich-text");
        for (List<Piece> paragraph : parse(source)) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("paragraph");
            flow.setLineSpacing(fontSizePx * 0.25);
            for (Piece piece : paragraph) {
                flow.getChildren().add(node(piece, formulas, fontSizePx, colour, pixelScale));
            }
            column.getChildren().add(flow);
        }
        return column;
    }

    private static Node node(Piece piece, Formulas formulas, double fontSizePx, Color colour, double pixelScale) {
        if (piece.kind() == Kind.TEXT) {
            Text t = new Text(piece.text());
            t.getStyleClass().add("prose");
            return t;
        }
        boolean display = piece.kind() == Kind.DISPLAY;
        try {
            Formulas.Rendered r = formulas.render(piece.text(), display, fontSizePx * 1.1, colour, pixelScale);
            FormulaNode n = new FormulaNode(r, piece.text());
            if (display) {
                // A displayed formula takes a line of its own, indented.
                n.setPadding(new Insets(fontSizePx * 0.3, 0, fontSizePx * 0.3, fontSizePx * 1.5));
                VBox line = new VBox(n);
                line.setFillWidth(true);
                line.setPrefWidth(Double.MAX_VALUE);
                return line;
            }
            return n;
        } catch (IllegalArgumentException e) {
            Label raw = new Label(piece.text());
            raw.getStyleClass().add("formula-source");
            return raw;
        }
    }

    /** A typeset formula that sits on the text's baseline. */
    public static final class FormulaNode extends Region {
        private final Formulas.Rendered rendered;
        private final String latex;

        FormulaNode(Formulas.Rendered rendered, String latex) {
            this.rendered = rendered;
            this.latex = latex;
            ImageView view = new ImageView(rendered.image());
            view.setFitWidth(rendered.width());
            view.setFitHeight(rendered.height());
            view.setSmooth(true);
            getChildren().add(view);
            getStyleClass().add("formula");
            setAccessibleText(latex);
            setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
            setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        }

        public String latex() { return latex; }

        @Override
        protected double computePrefWidth(double height) {
            return rendered.width() + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return rendered.height() + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            Node view = getChildren().get(0);
            view.relocate(snappedLeftInset(), snappedTopInset());
        }

        @Override
        public double getBaselineOffset() {
            return snappedTopInset() + rendered.baseline();
        }
    }
}
