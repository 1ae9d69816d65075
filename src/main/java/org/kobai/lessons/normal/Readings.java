package org.kobai.lessons.normal;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import org.kobai.math.NumberText;
import org.kobai.math.probability.DiscreteDistribution;

/**
 * The learner's readings x₁, …, xₙ with their mean x̄ and standard deviation σ = √(Σ(xᵢ − x̄)²/n), taken
 * from the empirical distribution (each reading with probability 1/n).
 */
record Readings(double[] values, double mean, double standardDeviation) {
    /** A reading that could not be read: its position (from 1) and its text. */
    static final class BadItem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final int item;
        final String text;

        BadItem(int item, String text) {
            super(String.format(Locale.ROOT, "item %d (\"%s\") is not a number", item, text));
            this.item = item;
            this.text = text;
        }
    }

    Readings {
        values = values.clone();
    }

    static Readings of(double[] values) {
        DiscreteDistribution d = DiscreteDistribution.empirical(values);
        // Equal readings have σ = 0 exactly, whatever rounding 1/n brings.
        boolean allEqual = Arrays.stream(values).allMatch(v -> v == values[0]);
        return new Readings(values, allEqual ? values[0] : d.mean(), allEqual ? 0 : d.standardDeviation());
    }

    /**
     * Reads numbers separated by commas, semicolons, spaces or new lines (full-width too), each as
     * {@link NumberText#parse} reads it.
     *
     * @throws BadItem naming the first item that is not a number
     */
    static Readings parse(String typed) {
        String[] items = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
                .replace('、', ',').trim().split("[,;\\s]+");
        if (items.length == 1 && items[0].isEmpty()) {
            return new Readings(new double[0], Double.NaN, Double.NaN);
        }
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            try {
                values[i] = NumberText.parse(items[i]);
            } catch (NumberFormatException e) {
                throw new BadItem(i + 1, items[i]);
            }
        }
        return of(values);
    }

    @Override
    public double[] values() { return values.clone(); }

    int size() { return values.length; }

    double value(int i) { return values[i]; }

    double min() { return Arrays.stream(values).min().orElse(Double.NaN); }

    double max() { return Arrays.stream(values).max().orElse(Double.NaN); }

    /** "21.2, 20.8, …", the readings as they would be typed. */
    String text() {
        StringJoiner j = new StringJoiner(", ");
        for (double v : values) {
            j.add(NumberText.plain(v));
        }
        return j.toString();
    }
}
