package org.kobai.math.optimize;

import java.util.Locale;

/**
 * A rule that turns the gradient at the current point into a step. Immutable: the state one run needs
 * (velocity, moment estimates) lives in the {@link Stepper} that {@link #start} returns.
 *
 * <ul>
 *   <li>{@link GradientDescent}: x ← x − η∇f(x)</li>
 *   <li>{@link Momentum} (heavy ball): v ← βv − η∇f(x), x ← x + v</li>
 *   <li>{@link Adam}: moment estimates m, v with bias correction, x ← x − η m̂ / (√v̂ + ε)</li>
 * </ul>
 */
public sealed interface Optimizer permits Optimizer.GradientDescent, Optimizer.Momentum, Optimizer.Adam {

    /** The state of one run: call {@link #step} once per iteration, in order. */
    interface Stepper {
        /**
         * The next point from x, the gradient g = ∇f(x) and this step's learning rate η. Returns a new array;
         * x and g are not changed.
         */
        double[] step(double[] x, double[] g, double learningRate);
    }

    /** A fresh state for a run in n variables (zero velocity, zero moments). */
    Stepper start(int dimension);

    /** The short name used on the command line: gd, momentum, adam. */
    String id();

    /** Plain gradient descent. */
    static Optimizer gradientDescent() { return new GradientDescent(); }

    /** Momentum with the usual β = 0.9. */
    static Optimizer momentum() { return new Momentum(0.9); }

    /** Adam with the usual β₁ = 0.9, β₂ = 0.999, ε = 1e−8. */
    static Optimizer adam() { return new Adam(0.9, 0.999, 1e-8); }

    /**
     * The optimizer named {@code gd}, {@code momentum} or {@code adam}, with the usual constants.
     *
     * @throws IllegalArgumentException for any other name
     */
    static Optimizer named(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "gd" -> gradientDescent();
            case "momentum" -> momentum();
            case "adam" -> adam();
            default -> throw new IllegalArgumentException("unknown optimizer '" + id + "': use gd, momentum or adam");
        };
    }

    /** x_{k+1} = x_k − η ∇f(x_k). */
    record GradientDescent() implements Optimizer {
        @Override
        public Stepper start(int dimension) {
            return (x, g, eta) -> {
                double[] next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] - eta * g[i];                       // x − η ∂f/∂xᵢ
                }
                return next;
            };
        }

        @Override public String id() { return "gd"; }
    }

    /**
     * Heavy-ball momentum: v_{k+1} = β v_k − η ∇f(x_k), x_{k+1} = x_k + v_{k+1}, with v₀ = 0. With β = 0 it
     * is plain gradient descent.
     *
     * @param beta the momentum β, 0 ≤ β &lt; 1
     */
    record Momentum(double beta) implements Optimizer {
        public Momentum {
            if (!(beta >= 0 && beta < 1)) {
                throw new IllegalArgumentException("Requires 0 <= 'beta' < 1.");
            }
        }

        @Override
        public Stepper start(int dimension) {
            double[] v = new double[dimension];
            return (x, g, eta) -> {
                double[] next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    v[i] = beta * v[i] - eta * g[i];                   // v ← βv − η ∂f/∂xᵢ
                    next[i] = x[i] + v[i];                             // x ← x + v
                }
                return next;
            };
        }

        @Override public String id() { return "momentum"; }
    }

    /**
     * Adam (Kingma and Ba, 2015), at step t = 1, 2, …:
     * m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
     * x ← x − η m̂ / (√v̂ + ε), componentwise, with m = v = 0 at the start.
     *
     * @param beta1 decay of the first moment, 0 ≤ β₁ &lt; 1
     * @param beta2 decay of the second moment, 0 ≤ β₂ &lt; 1
     * @param epsilon ε &gt; 0, keeps the division finite
     */
    record Adam(double beta1, double beta2, double epsilon) implements Optimizer {
        public Adam {
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("Requires 0 <= 'beta1', 'beta2' < 1.");
            }
            if (!(epsilon > 0)) {
                throw new IllegalArgumentException("Requires 'epsilon' > 0.");
            }
        }

        @Override
        public Stepper start(int dimension) {
            double[] m = new double[dimension];
            double[] v = new double[dimension];
            int[] t = {0};
            return (x, g, eta) -> {
                t[0]++;
                double c1 = 1 - Math.pow(beta1, t[0]);
                double c2 = 1 - Math.pow(beta2, t[0]);
                double[] next = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];          // m ← β₁m + (1 − β₁)g
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];   // v ← β₂v + (1 − β₂)g²
                    double mHat = m[i] / c1;                           // m̂ = m / (1 − β₁ᵗ)
                    double vHat = v[i] / c2;                           // v̂ = v / (1 − β₂ᵗ)
                    next[i] = x[i] - eta * mHat / (Math.sqrt(vHat) + epsilon);
                }
                return next;
            };
        }

        @Override public String id() { return "adam"; }
    }
}
