package org.kobai.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** An inline formula wider than this many font sizes stands on its own line instead. */
    static final double WIDE_INLINE_EMS = 20;
    private static final Pattern TRAILING_MARK = Pattern.compile("\\s*[.,;:。、．，]\\s*");

    /**
     * Builds the nodes: a column of paragraphs; displayed formulas, and inline ones too wide for a line,
     * stand on their own lines.
     */
    public static VBox build(String source, Formulas formulas, double fontSizePx, Color colour, double pixelScale) {
        VBox column = new VBox(fontSizePx * 0.7);
        column.getStyleClass().add("rich-text");
        for (List<Piece> paragraph : parse(source)) {
            TextFlow flow = null;
            boolean wideAfter = false;
            for (Piece piece : paragraph) {
                if (piece.kind() == Kind.DISPLAY) {
                    column.getChildren().add(display(piece, formulas, fontSizePx, colour, pixelScale));
                    flow = null;
                    wideAfter = false;
                    continue;
                }
                if (piece.kind() == Kind.TEXT && piece.text().isBlank()) {
                    continue;
                }
                if (wideAfter && piece.kind() == Kind.TEXT && TRAILING_MARK.matcher(piece.text()).matches()) {
                    wideAfter = false;
                    continue; // a full stop alone on the next line would look like a stray mark
                }
                wideAfter = false;
                Node node = inline(piece, formulas, fontSizePx, colour, pixelScale);
                if (node instanceof FormulaNode f && f.rendered.width() > WIDE_INLINE_EMS * fontSizePx) {
                    // Too wide to sit in a line of a narrow column: on its own line it can shrink to fit.
                    column.getChildren().add(new FormulaNode(f.rendered, f.latex, true));
                    flow = null;
                    wideAfter = true;
                    continue;
                }
                if (flow == null) {
                    flow = new TextFlow();
                    flow.getStyleClass().add("paragraph");
                    flow.setLineSpacing(fontSizePx * 0.25);
                    column.getChildren().add(flow);
                }
                flow.getChildren().add(node);
            }
        }
        return column;
    }

    private static Node inline(Piece piece, Formulas formulas, double fontSizePx, Color colour, double pixelScale) {
        if (piece.kind() == Kind.TEXT) {
            Text t = new Text(piece.text());
            t.getStyleClass().add("prose");
            return t;
        }
        try {
            return new FormulaNode(formulas.render(piece.text(), false, fontSizePx * 1.1, colour, pixelScale),
                    piece.text(), false);
        } catch (IllegalArgumentException e) {
            return source(piece);
        }
    }

    private static Node display(Piece piece, Formulas formulas, double fontSizePx, Color colour, double pixelScale) {
        try {
            FormulaNode n = new FormulaNode(
                    formulas.render(piece.text(), true, fontSizePx * 1.15, colour, pixelScale), piece.text(), true);
            n.setPadding(new Insets(0, 0, 0, fontSizePx * 1.2));
            return n;
        } catch (IllegalArgumentException e) {
            return source(piece);
        }
    }

    private static Label source(Piece piece) {
        Label raw = new Label(piece.text());
        raw.getStyleClass().add("formula-source");
        raw.setWrapText(true);
        return raw;
    }

    /**
     * A typeset formula. Inline, it sits on the text's baseline; displayed, it shrinks to fit a narrow
     * column instead of being cut off.
     */
    public static final class FormulaNode extends Region {
        private final Formulas.Rendered rendered;
        private final String latex;
        private final ImageView view;
        private final boolean shrinkToFit;

        FormulaNode(Formulas.Rendered rendered, String latex, boolean shrinkToFit) {
            this.rendered = rendered;
            this.latex = latex;
            this.shrinkToFit = shrinkToFit;
            view = new ImageView(rendered.image());
            view.setFitWidth(rendered.width());
            view.setFitHeight(rendered.height());
            view.setSmooth(true);
            getChildren().add(view);
            getStyleClass().add("formula");
            setAccessibleText(latex);
            if (!shrinkToFit) {
                setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
                setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
            }
        }

        public String latex() { return latex; }

        private double fit(double width) {
            double inner = width - snappedLeftInset() - snappedRightInset() - 6; // room for italic overhang
            return !shrinkToFit || width < 0 || inner >= rendered.width() ? 1 : Math.max(0.2, inner / rendered.width());
        }

        @Override
        protected double computeMinWidth(double height) {
            return shrinkToFit ? snappedLeftInset() + snappedRightInset() + 40 : computePrefWidth(height);
        }

        @Override
        protected double computePrefWidth(double height) {
            return rendered.width() + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return rendered.height() * fit(width) + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return shrinkToFit ? javafx.geometry.Orientation.HORIZONTAL : null;
        }

        @Override
        protected void layoutChildren() {
            double k = fit(getWidth());
            view.setFitWidth(rendered.width() * k);
            view.setFitHeight(rendered.height() * k);
            view.relocate(snappedLeftInset(), snappedTopInset());
        }

        @Override
        public double getBaselineOffset() {
            return snappedTopInset() + rendered.baseline();
        }
    }
}
