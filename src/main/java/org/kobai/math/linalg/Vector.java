package org.kobai.math.linalg;

import java.util.StringJoiner;
import org.kobai.math.NumberText;

/**
 * A vector of real numbers α = (a₁, …, aₙ): an arrow with a length and a direction. Immutable; every
 * operation returns a new vector. Whether it is written as a row or a column is a matter of notation
 * (see {@link Matrix#row} and {@link Matrix#column}); here it is just its components.
 */
public final class Vector {
    private final double[] components;

    private Vector(double[] components) {
        this.components = components;
    }

    /**
     * The vector with these components.
     *
     * @throws IllegalArgumentException if there are none or one is not finite
     */
    public static Vector of(double... components) {
        if (components.length == 0) {
            throw new IllegalArgumentException("A vector needs at least one component.");
        }
        for (double c : components) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("Vector components must be finite numbers, got " + c + ".");
            }
        }
        return new Vector(components.clone());
    }

    /** The zero vector with n components. */
    public static Vector zero(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A vector needs at least one component.");
        }
        return new Vector(new double[n]);
    }

    /** n, the number of components. */
    public int dimension() { return components.length; }

    /** aᵢ for i = 1 … n (counted from 1, as on paper). */
    public double component(int i) {
        if (i < 1 || i > components.length) {
            throw new IllegalArgumentException("Component " + i + " of a vector with " + components.length
                    + " components does not exist.");
        }
        return components[i - 1];
    }

    public double[] components() { return components.clone(); }

    /** α + β = (a₁ + b₁, …, aₙ + bₙ). */
    public Vector plus(Vector other) {
        requireSameDimension(other);
        double[] out = new double[components.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = components[i] + other.components[i];
        }
        return new Vector(out);
    }

    /** α − β = (a₁ − b₁, …, aₙ − bₙ). */
    public Vector minus(Vector other) {
        return plus(other.times(-1));
    }

    /** cα = (c·a₁, …, c·aₙ). */
    public Vector times(double c) {
        double[] out = new double[components.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = c * components[i];
        }
        return new Vector(out);
    }

    /**
     * The inner (dot) product α·β = a₁b₁ + a₂b₂ + … + aₙbₙ, which also equals |α||β|cos θ.
     *
     * @throws IllegalArgumentException if the vectors have different numbers of components
     */
    public double dot(Vector other) {
        requireSameDimension(other);
        double sum = 0;
        for (int i = 0; i < components.length; i++) {
            sum += components[i] * other.components[i]; // Σ aᵢ bᵢ
        }
        return sum;
    }

    /** |α|² = α·α = a₁² + … + aₙ². */
    public double lengthSquared() {
        return dot(this);
    }

    /** The length |α| = √(a₁² + … + aₙ²) (Pythagoras), without overflow for large components. */
    public double length() {
        double scale = 0;
        for (double c : components) {
            scale = Math.max(scale, Math.abs(c));
        }
        if (scale == 0) {
            return 0;
        }
        double sum = 0;
        for (double c : components) {
            sum += (c / scale) * (c / scale);
        }
        return scale * Math.sqrt(sum);
    }

    public boolean isZero() {
        for (double c : components) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cosine similarity cos θ = α·β / (|α||β|), in [−1, 1]: 1 for the same direction (θ = 0°), 0 for
     * orthogonal vectors (θ = 90°), −1 for opposite directions (θ = 180°).
     *
     * @throws IllegalArgumentException if either vector is zero (it has no direction) or the dimensions differ
     */
    public double cosineSimilarity(Vector other) {
        requireDirections(other);
        if (dot(other) == 0) {
            return 0; // orthogonal, exactly
        }
        // Scale both to length 1 first: the products then stay near 1 and cannot overflow.
        Vector a = times(1 / length());
        Vector b = other.times(1 / other.length());
        double cos = a.dot(b) / Math.sqrt(a.lengthSquared() * b.lengthSquared());
        return Math.max(-1, Math.min(1, cos));
    }

    /**
     * The angle θ between two vectors, in radians in [0, π]: θ = atan2(√(Σ_{i<j} (aᵢbⱼ − aⱼbᵢ)²), α·β), the
     * sine part by Lagrange's identity |α|²|β|² − (α·β)² = Σ_{i<j} (aᵢbⱼ − aⱼbᵢ)². Unlike acos(cos θ) this
     * keeps its digits near 0 and π, and it is exactly 0 for (2, 1) and (6, 3), exactly π/2 when α·β = 0.
     *
     * @throws IllegalArgumentException if either vector is zero or the dimensions differ
     */
    public double angleTo(Vector other) {
        requireDirections(other);
        double[] a = scaledByPowerOfTwo(components);
        double[] b = scaledByPowerOfTwo(other.components);
        double dot = 0;
        double sineSquared = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            for (int j = i + 1; j < a.length; j++) {
                double cross = a[i] * b[j] - a[j] * b[i];
                sineSquared += cross * cross;
            }
        }
        return Math.atan2(Math.sqrt(sineSquared), dot);
    }

    /** The components times the power of two that brings the largest near 1: exact, and safe from overflow. */
    private static double[] scaledByPowerOfTwo(double[] c) {
        double max = 0;
        for (double v : c) {
            max = Math.max(max, Math.abs(v));
        }
        double[] out = new double[c.length];
        int exponent = Math.getExponent(max);
        for (int i = 0; i < c.length; i++) {
            out[i] = Math.scalb(c[i], -exponent);
        }
        return out;
    }

    /** θ in degrees, in [0, 180]. */
    public double angleDegreesTo(Vector other) {
        return Math.toDegrees(angleTo(other));
    }

    private void requireDirections(Vector other) {
        requireSameDimension(other);
        if (isZero() || other.isZero()) {
            throw new IllegalArgumentException("The zero vector " + (isZero() ? this : other)
                    + " has no direction, so it makes no angle: cosine similarity needs two non-zero vectors.");
        }
    }

    void requireSameDimension(Vector other) {
        if (other.components.length != components.length) {
            throw new IllegalArgumentException("The vectors have different lengths (" + components.length + " and "
                    + other.components.length + " components): the inner product pairs component with component.");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Vector v) || v.components.length != components.length) {
            return false;
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i] != v.components[i]) { // so 0 equals −0
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (double c : components) {
            h = 31 * h + Double.hashCode(c + 0.0); // −0 + 0 = +0
        }
        return h;
    }

    /** "(2, 1)", "(−1, 2)": as written in the lessons. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (double c : components) {
            j.add(NumberText.display(c));
        }
        return j.toString();
    }
}
