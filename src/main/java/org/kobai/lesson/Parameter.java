package org.kobai.lesson;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * A named, bounded number that a learner changes: the slider and the typed field of a lesson.
 *
 * <p>The value never leaves [min, max]: {@link #set} rejects anything outside with a message that names
 * the range, and the property clamps what a binding pushes into it. A whole-number parameter (a count,
 * an index: see {@link #wholeNumbers}) also rounds every value to the nearest integer. A lesson whose data
 * changes (a file the learner imports) may move the range with {@link #setRange}; controls follow
 * {@link #rangeProperty}.
 */
public final class Parameter {
    /** The allowed values [min, max] and the step of one arrow-key nudge. */
    public record Range(double min, double max, double increment) {}

    private final String id;
    private final double defaultValue;
    private final boolean whole;
    private final ReadOnlyObjectWrapper<Range> range;
    /** What the value is held to: the range, updated before the value moves and the range is published. */
    private Range bounds;
    private final DoubleProperty value;

    public Parameter(String id, double min, double max, double defaultValue, double increment) {
        this(id, min, max, defaultValue, increment, false);
    }

    /** A parameter that only takes the integers min, min + 1, …, max (n terms, a sample size). */
    public static Parameter wholeNumbers(String id, int min, int max, int defaultValue) {
        return new Parameter(id, min, max, defaultValue, 1, true);
    }

    private Parameter(String id, double min, double max, double defaultValue, double increment, boolean whole) {
        if (!(min < max)) {
            throw new IllegalArgumentException("Requires min < max for '" + id + "'.");
        }
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("Requires min <= default <= max for '" + id + "'.");
        }
        if (!(increment > 0)) {
            throw new IllegalArgumentException("Requires increment > 0 for '" + id + "'.");
        }
        this.id = id;
        this.bounds = new Range(min, max, increment);
        this.range = new ReadOnlyObjectWrapper<>(this, id + "Range", bounds);
        this.defaultValue = defaultValue;
        this.whole = whole;
        this.value = new SimpleDoubleProperty(this, id, defaultValue) {
            @Override
            public void set(double newValue) {
                super.set(clamp(newValue));
            }
        };
    }

    public String id() { return id; }
    public double min() { return bounds.min(); }
    public double max() { return bounds.max(); }
    public double defaultValue() { return defaultValue; }
    /** The step of one arrow-key nudge. */
    public double increment() { return bounds.increment(); }
    /** True when the value is always a whole number. */
    public boolean whole() { return whole; }
    public ReadOnlyObjectProperty<Range> rangeProperty() { return range.getReadOnlyProperty(); }

    /**
     * Moves the range (for example to fit new data); the value is clamped into it first, so listeners of
     * either property never see a value outside the range. {@link #reset} still goes to the default,
     * clamped into the range.
     *
     * @throws IllegalArgumentException unless min &lt; max are finite and increment &gt; 0
     */
    public void setRange(double min, double max, double increment) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("Requires finite min < max for '" + id + "'.");
        }
        if (!(increment > 0 && Double.isFinite(increment))) {
            throw new IllegalArgumentException("Requires increment > 0 for '" + id + "'.");
        }
        bounds = new Range(min, max, increment);
        value.set(get()); // clamps into the new bounds
        range.set(bounds);
    }

    public DoubleProperty valueProperty() { return value; }
    public double get() { return value.get(); }

    /** Sets the value; throws {@link IllegalArgumentException} naming the range when it is outside. */
    public void set(double newValue) {
        value.set(requireInRange(newValue));
    }

    public void reset() { value.set(clamp(defaultValue)); }

    /** Moves the value by {@code steps} increments, stopping at the ends of the range. */
    public void nudge(int steps) {
        value.set(clamp(get() + steps * increment()));
    }

    public boolean accepts(double candidate) {
        return Double.isFinite(candidate) && candidate >= min() && candidate <= max();
    }

    /** Checks a value a learner typed; the message says what is allowed. */
    public double requireInRange(double candidate) {
        if (!accepts(candidate)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "'%s' must be between %s and %s, got %s", id, format(min()), format(max()), format(candidate)));
        }
        return candidate;
    }

    private double clamp(double v) {
        if (Double.isNaN(v)) {
            return get();
        }
        double inside = Math.max(min(), Math.min(max(), v));
        return whole ? Math.rint(inside) : inside;
    }

    /** A short, exact-looking rendering of a number: 2 not 2.0, 0.25 not 0.250000. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s;
    }

    @Override
    public String toString() {
        return id + "=" + format(get()) + " in [" + format(min()) + ", " + format(max()) + "]";
    }
}
