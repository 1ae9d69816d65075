package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Laws that hold for every expression, checked on random trees of up to four levels in x and y at random
 * points of [−3, 3]²: the symbolic derivative agrees with automatic differentiation (commons-math3) and with
 * a central difference; printing reads back as the same function; simplifying and compiling keep the values.
 *
 * <p>Points where a value is not finite or huge (beyond {@link #LARGE}) are skipped, and for the central
 * difference also points where halving the step changes the estimate: there the function is not smooth at
 * the step's scale (a corner of |u|, a jump of sign(u), a pole of tan).
 */
class ExpressionPropertiesTest {
    /** Fixed so that every run checks the same points. */
    private static final long SEED = 20240517L;
    private static final int POINTS = 12;
    /** Values beyond this are skipped: relative rounding in them swamps any tolerance. */
    private static final double LARGE = 1e6;
    /** Symbolic and automatic derivatives compute the same formula in different orders. */
    private static final double AD_TOLERANCE = 1e-8;
    /** Central difference with step h = 1e-4, Richardson-extrapolated: error about h⁴·f⁽⁵⁾ plus rounding ε/h. */
    private static final double STEP = 1e-4;
    private static final double FD_TOLERANCE = 1e-6;
    /** Simplifying reorders sums and products: a few roundings of the largest term. */
    private static final double SIMPLIFY_TOLERANCE = 1e-9;

    @Provide
    Arbitrary<Expression> trees() {
        return RandomExpressions.trees(4);
    }

    @Property(tries = 400, seed = "20240517")
    void symbolicDerivativeAgreesWithAutomaticDifferentiation(@ForAll("trees") Expression f) {
        Random random = new Random(SEED);
        int checked = 0;
        for (String v : List.of("x", "y")) {
            CompiledExpression df = Derivative.of(f, v).expression().compile(List.of("x", "y"));
            for (int i = 0; i < POINTS; i++) {
                double x = point(random), y = point(random);
                double symbolic = df.valueAt(x, y);
                DerivativeStructure ad = RandomExpressions.dual(f, x, y);
                double automatic = ad.getPartialDerivative(v.equals("x") ? 1 : 0, v.equals("x") ? 0 : 1);
                if (!usable(ad.getValue()) || !usable(automatic) || !usable(symbolic)) {
                    continue;
                }
                checked++;
                assertThat(Math.abs(symbolic - automatic))
                        .as("d/d%s %s = %s at (%s, %s)", v, f.text(), df.expression().text(), x, y)
                        .isLessThanOrEqualTo(AD_TOLERANCE * Math.max(1, Math.abs(automatic)));
            }
        }
        Statistics.label("some point checked").collect(checked > 0);
    }

    @Property(tries = 400, seed = "20240517")
    void symbolicDerivativeAgreesWithCentralDifference(@ForAll("trees") Expression f) {
        Random random = new Random(SEED);
        CompiledExpression fc = f.compile(List.of("x", "y"));
        Derivative d = Derivative.of(f, "x");
        int checked = 0;
        for (int i = 0; i < POINTS; i++) {
            double x = point(random), y = point(random);
            DerivativeValue symbolic = d.at(Map.of("x", x, "y", y));
            if (!symbolic.isDefined() || !usable(symbolic.value())) {
                continue;
            }
            double coarse = central(fc, x, y, STEP);
            double fine = central(fc, x, y, STEP / 2);
            if (!usable(coarse) || !usable(fine)
                    || Math.abs(coarse - fine) > 1e-4 * Math.max(1, Math.abs(fine))) {
                continue; // not smooth at the step's scale
            }
            double richardson = (4 * fine - coarse) / 3;
            checked++;
            assertThat(Math.abs(symbolic.value() - richardson))
                    .as("d/dx %s = %s at (%s, %s)", f.text(), d.expression().text(), x, y)
                    .isLessThanOrEqualTo(FD_TOLERANCE * Math.max(1, Math.abs(richardson)));
        }
        Statistics.label("some point checked").collect(checked > 0);
    }

    @Property(tries = 400, seed = "20240517")
    void printedTextReadsBackAsTheSameFunction(@ForAll("trees") Expression f) {
        String text = f.text();
        Expression back = Expression.parse(text);
        assertThat(back.text()).isEqualTo(text);
        Random random = new Random(SEED);
        for (int i = 0; i < POINTS; i++) {
            Map<String, Double> p = Map.of("x", point(random), "y", point(random));
            double a = f.valueAt(p), b = back.valueAt(p);
            assertThat(a == b || (Double.isNaN(a) && Double.isNaN(b))).as("%s vs %s at %s: %s, %s", f, back, p, a, b)
                    .isTrue();
        }
    }

    @Property(tries = 400, seed = "20240517")
    void simplifyingKeepsTheValuesWhereDefined(@ForAll("trees") Expression f) {
        Expression s = f.simplified();
        Random random = new Random(SEED);
        for (int i = 0; i < POINTS; i++) {
            Map<String, Double> p = Map.of("x", point(random), "y", point(random));
            double a = f.valueAt(p);
            if (!usable(a)) {
                continue;
            }
            double b = s.valueAt(p);
            assertThat(Math.abs(a - b)).as("%s -> %s at %s", f, s, p)
                    .isLessThanOrEqualTo(SIMPLIFY_TOLERANCE * Math.max(1, Math.abs(a)));
        }
    }

    @Property(tries = 400, seed = "20240517")
    void simplifyingTwiceChangesNothing(@ForAll("trees") Expression f) {
        Expression once = f.simplified();
        assertThat(once.simplified().text()).isEqualTo(once.text());
    }

    @Property(tries = 400, seed = "20240517")
    void compiledValuesMatchTheTreeWalk(@ForAll("trees") Expression f) {
        CompiledExpression c = f.compile(List.of("x", "y"));
        Random random = new Random(SEED);
        for (int i = 0; i < POINTS; i++) {
            double x = point(random), y = point(random);
            double tree = f.valueAt(Map.of("x", x, "y", y));
            if (!usable(tree)) {
                continue;
            }
            assertThat(Math.abs(c.valueAt(x, y) - tree)).as("%s at (%s, %s)", f, x, y)
                    .isLessThanOrEqualTo(SIMPLIFY_TOLERANCE * Math.max(1, Math.abs(tree)));
        }
    }

    @Property(tries = 100, seed = "20240517")
    void latexOfEveryTreeAndDerivativeTypesets(@ForAll("trees") Expression f) {
        new TeXFormula(f.latex());
        new TeXFormula(Derivative.of(f, "x").expression().latex());
    }

    private static double central(CompiledExpression f, double x, double y, double h) {
        return (f.valueAt(x + h, y) - f.valueAt(x - h, y)) / (2 * h);
    }

    private static double point(Random random) {
        return -3 + 6 * random.nextDouble();
    }

    private static boolean usable(double v) {
        return Double.isFinite(v) && Math.abs(v) < LARGE;
    }
}
