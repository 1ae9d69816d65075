package org.kobai.math.linalg;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact fraction p/q in lowest terms with q &gt; 0. Numerator and denominator are {@link BigInteger}s, so
 * sums and products never overflow and never round: 1/17 stays 1/17, and A·A⁻¹ is exactly E.
 *
 * <p>The rationals form a field: + and · are associative and commutative, · distributes over +, 0 and 1
 * are the identities, every r has −r and every r ≠ 0 has 1/r.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    /** The largest power of ten a typed number may carry (1e300 is fine, 1e999999999 is refused). */
    public static final int MAX_EXPONENT = 1000;
    /** The longest number (in characters) {@link #parse} reads. */
    public static final int MAX_LENGTH = 1000;

    private static final char MINUS = '\u2212';
    private static final Pattern DECIMAL = Pattern.compile("([-+]?)(\\d+\\.?\\d*|\\.\\d+)(?:e([-+]?\\d+))?");

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** p/q in lowest terms; q must not be 0. */
    public static Rational of(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new ArithmeticException("Requires a nonzero denominator.");
        }
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            p = p.divide(g);
            q = q.divide(g);
        }
        if (p.signum() == 0) {
            return ZERO;
        }
        return new Rational(p, q);
    }

    /** p/q in lowest terms; q must not be 0. */
    public static Rational of(long p, long q) {
        return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    /** The whole number n. */
    public static Rational of(long n) {
        return of(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /**
     * The exact value of a finite double (its binary value: 0.1 becomes 3602879701896397/36028797018963968).
     * Use {@link #parse} for what a learner types, where 0.1 means 1/10.
     */
    public static Rational exactly(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Requires a finite number, got " + v + ".");
        }
        BigDecimal d = new BigDecimal(v);
        return fromDecimal(d.unscaledValue(), d.scale());
    }

    /**
     * Reads a number as a learner types it: {@code 3/4}, {@code -2}, {@code −2} (true minus), {@code 0.5},
     * {@code 1e-3}, {@code 1.5/2}, full-width digits. Decimals are read exactly: 0.1 is 1/10.
     *
     * @throws FormatException (a {@link NumberFormatException}) with a short reason and its {@link Problem}
     */
    public static Rational parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new FormatException(Problem.EMPTY, "empty");
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace(MINUS, '-').replace('\u2013', '-')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (s.length() > MAX_LENGTH) {
            throw new FormatException(Problem.TOO_LARGE, "too long: more than " + MAX_LENGTH + " characters");
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            if (s.indexOf('/', slash + 1) >= 0) {
                throw new FormatException(Problem.NOT_A_NUMBER, "not a number: " + typed.strip() + " (one / at most)");
            }
            Rational top = decimal(s.substring(0, slash), typed);
            Rational bottom = decimal(s.substring(slash + 1), typed);
            if (bottom.isZero()) {
                throw new FormatException(Problem.DIVISION_BY_ZERO, "division by zero: " + typed.strip());
            }
            return top.dividedBy(bottom);
        }
        return decimal(s, typed);
    }

    private static Rational decimal(String s, String typed) {
        Matcher m = DECIMAL.matcher(s);
        if (!m.matches()) {
            throw new FormatException(Problem.NOT_A_NUMBER, "not a number: " + typed.strip());
        }
        BigDecimal digits = new BigDecimal(m.group(2));
        long exponent = 0;
        if (m.group(3) != null) {
            String e = m.group(3);
            if (e.replaceFirst("^[-+]?0*", "").length() > 5) {
                throw new FormatException(Problem.TOO_LARGE, "too large: " + typed.strip());
            }
            exponent = Long.parseLong(e);
            if (Math.abs(exponent) > MAX_EXPONENT) {
                throw new FormatException(Problem.TOO_LARGE, "too large: " + typed.strip());
            }
        }
        BigInteger unscaled = digits.unscaledValue();
        if (m.group(1).equals("-")) {
            unscaled = unscaled.negate();
        }
        return fromDecimal(unscaled, digits.scale() - exponent);
    }

    /** unscaled · 10^(−scale). */
    private static Rational fromDecimal(BigInteger unscaled, long scale) {
        return scale >= 0 ? of(unscaled, BigInteger.TEN.pow((int) scale))
                : of(unscaled.multiply(BigInteger.TEN.pow((int) -scale)), BigInteger.ONE);
    }

    /**
     * The simplest fraction (smallest denominator) within {@code tolerance} of v, found from v's continued
     * fraction: 0.3333333333333333 gives 1/3, 0.1 + 0.2 gives 3/10. For values a slider or a typed 1/3 left
     * in a double.
     *
     * @param tolerance at least 0; with 0 the double's exact value
     */
    public static Rational simplest(double v, double tolerance) {
        if (!Double.isFinite(v) || !(tolerance >= 0)) {
            throw new IllegalArgumentException("Requires a finite v and tolerance >= 0, got " + v + ", " + tolerance + ".");
        }
        Rational exact = exactly(v);
        Rational bound = exactly(tolerance);
        // Convergents h/k of the continued fraction [a0; a1, a2, ...] of the exact value.
        BigInteger h0 = BigInteger.ONE, h1 = BigInteger.ZERO, k0 = BigInteger.ZERO, k1 = BigInteger.ONE;
        BigInteger p = exact.numerator, q = exact.denominator;
        while (true) {
            BigInteger[] qr = floorDivide(p, q);
            BigInteger h = qr[0].multiply(h0).add(h1);
            BigInteger k = qr[0].multiply(k0).add(k1);
            Rational convergent = of(h, k);
            if (convergent.minus(exact).abs().compareTo(bound) <= 0 || qr[1].signum() == 0) {
                return convergent;
            }
            h1 = h0;
            h0 = h;
            k1 = k0;
            k0 = k;
            p = q;
            q = qr[1];
        }
    }

    /** {floor(p / q), p − q·floor(p / q)} for q &gt; 0. */
    private static BigInteger[] floorDivide(BigInteger p, BigInteger q) {
        BigInteger[] qr = p.divideAndRemainder(q);
        if (qr[1].signum() < 0) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(q);
        }
        return qr;
    }

    public BigInteger numerator() { return numerator; }
    public BigInteger denominator() { return denominator; }

    /** this + r = (p·s + r·q) / (q·s). */
    public Rational plus(Rational r) {
        return of(numerator.multiply(r.denominator).add(r.numerator.multiply(denominator)),
                denominator.multiply(r.denominator));
    }

    /** this − r. */
    public Rational minus(Rational r) {
        return plus(r.negate());
    }

    /** this · r = (p·r) / (q·s). */
    public Rational times(Rational r) {
        return of(numerator.multiply(r.numerator), denominator.multiply(r.denominator));
    }

    /** this / r; r must not be 0. */
    public Rational dividedBy(Rational r) {
        if (r.isZero()) {
            throw new ArithmeticException("Division by zero.");
        }
        return of(numerator.multiply(r.denominator), denominator.multiply(r.numerator));
    }

    /** −this. */
    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** 1/this; this must not be 0. */
    public Rational reciprocal() {
        return ONE.dividedBy(this);
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() { return numerator.signum(); }
    public boolean isZero() { return numerator.signum() == 0; }
    public boolean isOne() { return equals(ONE); }
    public boolean isInteger() { return denominator.equals(BigInteger.ONE); }

    /** The nearest double (to about 34 significant digits, then rounded to double). */
    public double toDouble() {
        if (isInteger()) {
            return numerator.doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }

    @Override
    public int compareTo(Rational r) {
        return numerator.multiply(r.denominator).compareTo(r.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** What was wrong with a typed number. */
    public enum Problem { EMPTY, NOT_A_NUMBER, DIVISION_BY_ZERO, TOO_LARGE }

    /** A typed number that cannot be read, with what was wrong. */
    public static final class FormatException extends NumberFormatException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        FormatException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() { return problem; }
    }

    /** {@code p/q}, or {@code p} for a whole number; ASCII minus, for the command line and files. */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }

    /** As {@link #toString()} with a true minus sign (−), for the screen. */
    public String display() {
        return toString().replace('-', MINUS);
    }

    /** The fraction in LaTeX: {@code -\frac{5}{17}}, {@code 3}. */
    public String latex() {
        if (isInteger()) {
            return numerator.toString();
        }
        return (signum() < 0 ? "-" : "") + "\\frac{" + numerator.abs() + "}{" + denominator + "}";
    }
}
