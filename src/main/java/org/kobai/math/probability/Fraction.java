package org.kobai.math.probability;

/**
 * An exact fraction p/q in lowest terms with q &gt; 0, for probabilities of equally likely outcomes:
 * 12/36 shows as 1/3, and P(A)·P(B) = P(A∩B) is checked without rounding.
 *
 * @param numerator   p
 * @param denominator q &gt; 0
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("Requires a nonzero denominator.");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long g = gcd(Math.abs(numerator), denominator);
        if (g > 1) {
            numerator /= g;
            denominator /= g;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /** p/q · r/s = pr/qs. */
    public Fraction times(Fraction f) {
        return new Fraction(Math.multiplyExact(numerator, f.numerator), Math.multiplyExact(denominator, f.denominator));
    }

    /** (p/q) / (r/s) = ps/qr; throws {@link ArithmeticException} for division by 0. */
    public Fraction dividedBy(Fraction f) {
        return new Fraction(Math.multiplyExact(numerator, f.denominator), Math.multiplyExact(denominator, f.numerator));
    }

    public boolean isZero() { return numerator == 0; }

    public double doubleValue() { return (double) numerator / denominator; }

    @Override
    public int compareTo(Fraction f) {
        return Long.compare(Math.multiplyExact(numerator, f.denominator), Math.multiplyExact(f.numerator, denominator));
    }

    /** "1/6", "0", "1". */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    /** The fraction in LaTeX: \frac{1}{6}. */
    public String latex() {
        if (denominator == 1) {
            return Long.toString(numerator);
        }
        return (numerator < 0 ? "-" : "") + "\\frac{" + Math.abs(numerator) + "}{" + denominator + "}";
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
