package org.kobai.math.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction p/q in lowest terms with q &gt; 0, for folding the numbers of an expression without
 * rounding: 0.1 + 0.2 is 3/10 and x^3/3 differentiates to x^2, not 1.0000000000000002·x^2.
 */
record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    /** Folding stops at numbers this long (in bits), far beyond any a learner types. */
    static final int MAX_BITS = 4096;
    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    Rational {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("Requires a nonzero denominator.");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
    }

    static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** The decimal a double prints as, exactly: 0.1 is 1/10 (not the binary 3602879701896397/2^55). */
    static Rational of(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v));
        return d.scale() > 0
                ? new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new Rational(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    }

    Rational plus(Rational r) {
        return new Rational(numerator.multiply(r.denominator).add(r.numerator.multiply(denominator)),
                denominator.multiply(r.denominator));
    }

    Rational times(Rational r) {
        return new Rational(numerator.multiply(r.numerator), denominator.multiply(r.denominator));
    }

    Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    /** 1 / this; this must not be zero. */
    Rational reciprocal() {
        return new Rational(denominator, numerator);
    }

    /** this^n, or null when the result would pass {@link #MAX_BITS} or this is 0 and n &lt; 0. */
    Rational pow(int n) {
        if ((signum() == 0 && n < 0) || (long) bits() * Math.abs((long) n) > MAX_BITS) {
            return null;
        }
        Rational r = new Rational(numerator.pow(Math.abs(n)), denominator.pow(Math.abs(n)));
        return n < 0 ? r.reciprocal() : r;
    }

    int signum() { return numerator.signum(); }
    boolean isZero() { return numerator.signum() == 0; }
    boolean isOne() { return numerator.equals(BigInteger.ONE) && denominator.equals(BigInteger.ONE); }
    boolean isInteger() { return denominator.equals(BigInteger.ONE); }
    int bits() { return Math.max(numerator.bitLength(), denominator.bitLength()); }

    /** The integer value if this is a whole number of modest size, else null. */
    Integer smallInteger() {
        return isInteger() && numerator.bitLength() < 31 ? numerator.intValue() : null;
    }

    /** Whether the decimal expansion ends (the denominator has no prime factors but 2 and 5). */
    boolean terminates() {
        BigInteger q = denominator;
        while (q.mod(TWO).signum() == 0) {
            q = q.divide(TWO);
        }
        while (q.mod(FIVE).signum() == 0) {
            q = q.divide(FIVE);
        }
        return q.equals(BigInteger.ONE);
    }

    /** The nearest double (correctly rounded for terminating decimals). */
    double toDouble() {
        if (terminates()) {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator)).doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }

    @Override
    public int compareTo(Rational r) {
        return numerator.multiply(r.denominator).compareTo(r.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
