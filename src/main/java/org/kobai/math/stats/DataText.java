package org.kobai.math.stats;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kobai.math.NumberText;

/**
 * Reads a list of numbers as a learner types or pastes it: separated by commas, spaces, tabs, semicolons,
 * new lines or the Japanese 、, in half- or full-width characters (１，２，３ reads as 1, 2, 3), each number
 * as {@link NumberText#parse} reads it (−2, 1/4, 1e3).
 */
public final class DataText {
    /** Separators after NFKC normalisation, which turns full-width commas and spaces into ASCII ones. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;\u3001]+");

    private DataText() {}

    /** Why an item could not be read. */
    public enum Problem {
        /** Not a number. */
        NOT_A_NUMBER,
        /** A number larger than {@link DataSet#MAX_MAGNITUDE} in size. */
        TOO_LARGE
    }

    /** An item that is not a usable number: its position (from 1), the text and what is wrong. */
    public static final class DataTextException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int item;
        private final String text;
        private final Problem problem;

        DataTextException(int item, String text, Problem problem) {
            super("item " + item + " (" + text + ") " + (problem == Problem.TOO_LARGE
                    ? "is too large (at most 1e150 in size)" : "is not a number"));
            this.item = item;
            this.text = text;
            this.problem = problem;
        }

        public int item() { return item; }
        public String text() { return text; }
        public Problem problem() { return problem; }
    }

    /**
     * The numbers in the text, in order; none for blank text.
     *
     * @throws DataTextException naming the first item that is not a usable number
     */
    public static double[] parse(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        if (normal.isEmpty()) {
            return new double[0];
        }
        String[] items = SEPARATORS.split(normal);
        List<Double> out = new ArrayList<>(items.length);
        for (String item : items) {
            if (item.isEmpty()) {
                continue;
            }
            int position = out.size() + 1;
            double v;
            try {
                v = NumberText.parse(item);
            } catch (NumberFormatException e) {
                throw new DataTextException(position, item, e.getMessage() != null && e.getMessage().startsWith("too large")
                        ? Problem.TOO_LARGE : Problem.NOT_A_NUMBER);
            }
            if (Math.abs(v) > DataSet.MAX_MAGNITUDE) {
                throw new DataTextException(position, item, Problem.TOO_LARGE);
            }
            out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The numbers as a learner would type them back, each exactly (it reads back the same): "1, 2, 3.5". */
    public static String format(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(exact(values[i]));
        }
        return s.toString();
    }

    private static String exact(double v) {
        double size = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (size >= 1e-6 && size < 1e15) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace("E", "e");
    }
}
