package org.kobai.math.optimize;

/**
 * How the learning rate changes over a run: the rate η_k of step k = 0, 1, 2, … from the base rate η.
 *
 * <ul>
 *   <li>{@link Constant}: η_k = η</li>
 *   <li>{@link StepDecay}: η_k = η · factor^⌊k / every⌋</li>
 *   <li>{@link InverseTime}: η_k = η / (1 + decay · k)</li>
 *   <li>{@link Cosine}: η_k = η · (1 + cos(π k / steps)) / 2, from η down to 0 at k = steps</li>
 * </ul>
 */
public sealed interface LearningRateSchedule permits LearningRateSchedule.Constant,
        LearningRateSchedule.StepDecay, LearningRateSchedule.InverseTime, LearningRateSchedule.Cosine {

    /** η_k for step k ≥ 0 given the base rate η. */
    double rate(double learningRate, int k);

    /** The short name: constant, step, inverse, cosine. */
    String id();

    static LearningRateSchedule constant() { return new Constant(); }

    /** η_k = η. */
    record Constant() implements LearningRateSchedule {
        @Override public double rate(double learningRate, int k) { return learningRate; }
        @Override public String id() { return "constant"; }
    }

    /**
     * η_k = η · factor^⌊k / every⌋: the rate drops by {@code factor} every {@code every} steps.
     *
     * @param factor 0 &lt; factor ≤ 1
     * @param every  every ≥ 1
     */
    record StepDecay(double factor, int every) implements LearningRateSchedule {
        public StepDecay {
            if (!(factor > 0 && factor <= 1)) {
                throw new IllegalArgumentException("Requires 0 < 'factor' <= 1.");
            }
            if (every < 1) {
                throw new IllegalArgumentException("Requires 'every' >= 1.");
            }
        }

        @Override
        public double rate(double learningRate, int k) {
            return learningRate * Math.pow(factor, Math.floorDiv(k, every));
        }

        @Override public String id() { return "step"; }
    }

    /**
     * η_k = η / (1 + decay · k).
     *
     * @param decay decay ≥ 0
     */
    record InverseTime(double decay) implements LearningRateSchedule {
        public InverseTime {
            if (!(decay >= 0) || Double.isInfinite(decay)) {
                throw new IllegalArgumentException("Requires 'decay' >= 0.");
            }
        }

        @Override
        public double rate(double learningRate, int k) {
            return learningRate / (1 + decay * k);
        }

        @Override public String id() { return "inverse"; }
    }

    /**
     * η_k = η · (1 + cos(π k / steps)) / 2 for k ≤ steps, and 0 after: half a cosine wave from η to 0.
     *
     * @param steps the length of the decay, steps ≥ 1
     */
    record Cosine(int steps) implements LearningRateSchedule {
        public Cosine {
            if (steps < 1) {
                throw new IllegalArgumentException("Requires 'steps' >= 1.");
            }
        }

        @Override
        public double rate(double learningRate, int k) {
            return k >= steps ? 0 : learningRate * (1 + Math.cos(Math.PI * k / steps)) / 2;
        }

        @Override public String id() { return "cosine"; }
    }
}
