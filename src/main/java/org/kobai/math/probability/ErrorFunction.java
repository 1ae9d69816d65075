package org.kobai.math.probability;

/**
 * The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt and its complement erfc(x) = 1 − erf(x), to about
 * 1e-15 relative (erfc in the far tail included, where 1 − erf(x) would lose every digit).
 *
 * <p>Algorithm: W. J. Cody's rational Chebyshev approximations, "Rational Chebyshev approximations for
 * the error function", Math. Comp. 23 (1969), 631–637, with the coefficients and interval splits of his
 * routine CALERF in SPECFUN (W. J. Cody, "Algorithm 715: SPECFUN", ACM TOMS 19 (1993), 22–32):
 * <ul>
 *   <li>|x| ≤ 0.46875: erf(x) = x·P₄(x²)/Q₄(x²);</li>
 *   <li>0.46875 &lt; |x| ≤ 4: erfc(x) = e^(−x²)·P₈(x)/Q₈(x);</li>
 *   <li>|x| &gt; 4: erfc(x) = (e^(−x²)/x)·(1/√π + (1/x²)·P₅(1/x²)/Q₅(1/x²)).</li>
 * </ul>
 * e^(−x²) is computed as e^(−r²)·e^(−(x−r)(x+r)) with r = x rounded down to a sixteenth, so x² carries
 * no rounding error into the exponential.
 */
public final class ErrorFunction {
    private static final double SMALL_LIMIT = 0.46875;
    private static final double MIDDLE_LIMIT = 4;
    /** Beyond this erfc(x) = e^(−x²)·(…) is below the smallest positive double. */
    private static final double UNDERFLOW = 27.3;
    private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;

    // |x| ≤ 0.46875: erf(x) ≈ x·(A0 + A1·z + A2·z² + A3·z³ + A4·z⁴)/(B0 + B1·z + B2·z² + B3·z³ + z⁴), z = x²
    private static final double[] A = {3.20937758913846947e03, 3.77485237685302021e02, 1.13864154151050156e02,
            3.16112374387056560e00, 1.85777706184603153e-1};
    private static final double[] B = {2.84423683343917062e03, 1.28261652607737228e03, 2.44024637934444173e02,
            2.36012909523441209e01, 1.0};
    // 0.46875 < |x| ≤ 4: erfc(x) ≈ e^(−x²)·(C0 + … + C8·x⁸)/(D0 + … + D7·x⁷ + x⁸)
    private static final double[] C = {1.23033935479799725e03, 2.05107837782607147e03, 1.71204761263407058e03,
            8.81952221241769090e02, 2.98635138197400131e02, 6.61191906371416295e01, 8.88314979438837594e00,
            5.64188496988670089e-1, 2.15311535474403846e-8};
    private static final double[] D = {1.23033935480374942e03, 3.43936767414372164e03, 4.36261909014324716e03,
            3.29079923573345963e03, 1.62138957456669019e03, 5.37181101862009858e02, 1.17693950891312499e02,
            1.57449261107098347e01, 1.0};
    // |x| > 4: erfc(x) ≈ (e^(−x²)/x)·(1/√π − w·(P0 + … + P5·w⁵)/(Q0 + … + Q4·w⁴ + w⁵)), w = 1/x²
    private static final double[] P = {6.58749161529837803e-4, 1.60837851487422766e-2, 1.25781726111229246e-1,
            3.60344899949804439e-1, 3.05326634961232344e-1, 1.63153871373020978e-2};
    private static final double[] Q = {2.33520497626869185e-3, 6.05183413124413191e-2, 5.27905102951428412e-1,
            1.87295284992346047e00, 2.56852019228982242e00, 1.0};

    private ErrorFunction() {}

    /** erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt; odd, −1 &lt; erf(x) &lt; 1. NaN for NaN. */
    public static double erf(double x) {
        double y = Math.abs(x);
        if (y <= SMALL_LIMIT) {
            double z = y * y;
            return x * polynomial(A, z) / polynomial(B, z);
        }
        double e = 1 - erfcPositive(y);
        return x < 0 ? -e : e;
    }

    /** erfc(x) = 1 − erf(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt, accurate relative to itself for large x. NaN for NaN. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double y = Math.abs(x);
        if (y <= SMALL_LIMIT) {
            double z = y * y;
            return 1 - x * polynomial(A, z) / polynomial(B, z);
        }
        double upper = erfcPositive(y);
        // erfc(−y) = 2 − erfc(y)
        return x < 0 ? 2 - upper : upper;
    }

    /** erfc(y) for y &gt; 0.46875. */
    private static double erfcPositive(double y) {
        if (y >= UNDERFLOW) {
            return 0;
        }
        double ratio;
        if (y <= MIDDLE_LIMIT) {
            ratio = polynomial(C, y) / polynomial(D, y);
        } else {
            double w = 1 / (y * y);
            ratio = (ONE_OVER_SQRT_PI - w * polynomial(P, w) / polynomial(Q, w)) / y;
        }
        return expMinusSquare(y) * ratio;
    }

    /** e^(−y²) without the rounding error of y²: y² = r² + (y − r)(y + r) with r = ⌊16y⌋/16 exact. */
    private static double expMinusSquare(double y) {
        double r = Math.floor(y * 16) / 16;
        double rest = (y - r) * (y + r);
        return Math.exp(-r * r) * Math.exp(-rest);
    }

    /** c[0] + c[1]·t + … + c[n]·tⁿ (Horner). */
    private static double polynomial(double[] c, double t) {
        double sum = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            sum = sum * t + c[i];
        }
        return sum;
    }
}
