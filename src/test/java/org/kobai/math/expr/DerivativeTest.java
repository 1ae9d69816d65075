package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kobai.math.expr.DerivativeValue.Problem;

/**
 * Derivatives as a student writes them. Article 000 ("derivative basics", "partial derivatives",
 * "gradient descent", "differentiating by a vector") and article 001 ("derivative", "cannot be
 * differentiated", "partial derivatives") are the two source articles, read with their errata.
 * Other reference forms are worked by hand with the rule named in each case.
 */
class DerivativeTest {
    /** Values at points are a few roundings from the hand-worked decimals. */
    private static final double TOLERANCE = 1e-12;

    private static Derivative d(String f, String variable) {
        return Derivative.of(Expression.parse(f), variable);
    }

    private static String derivative(String f, String variable) {
        return d(f, variable).expression().text();
    }

    // ---- article 000: the basic formulas ----

    @Test
    void article000BasicFormulas() {
        assertThat(derivative("5", "x")).isEqualTo("0");                // (c)′ = 0
        assertThat(derivative("x", "x")).isEqualTo("1");                // (x)′ = 1
        assertThat(derivative("3x^2", "x")).isEqualTo("6x");            // (c f)′ = c f′
        assertThat(derivative("x^n", "x")).isEqualTo("n x^(n - 1)");    // (xⁿ)′ = n x^(n−1)
        assertThat(derivative("x^2 - 3x", "x")).isEqualTo("2x - 3");    // (f ± g)′ = f′ ± g′
        assertThat(derivative("x^2 sin(x)", "x"))                       // (f g)′ = f′g + f g′
                .isEqualTo("2x sin(x) + x^2 cos(x)");
    }

    @Test
    void article000ChainRule() {
        // The article states (f(g(x)))′ = f′(g(x))·g′(x) without a worked example; these are worked by hand.
        assertThat(derivative("(x^2 + 1)^3", "x")).isEqualTo("6x(x^2 + 1)^2"); // 3(x²+1)²·2x
        assertThat(derivative("sin(x^2)", "x")).isEqualTo("2x cos(x^2)");      // cos(x²)·2x
        assertThat(derivative("e^(2x)", "x")).isEqualTo("2e^(2x)");
        assertThat(derivative("ln(x^2 + 1)", "x")).isEqualTo("2x/(x^2 + 1)");
        assertThat(derivative("sqrt(1 - x^2)", "x")).isEqualTo("-x/sqrt(1 - x^2)");
    }

    @Test
    void chainRuleIsReportedWithItsInnerFunction() {
        Derivative power = d("(x^2 + 1)^3", "x");
        assertThat(power.rules()).startsWith(Rule.POWER, Rule.CHAIN);
        assertThat(power.steps()).contains(new RuleUse(Rule.CHAIN, Expression.parse("(x^2 + 1)^3"),
                Optional.of(Expression.parse("x^2 + 1"))));

        Derivative sine = d("sin(x^2)", "x");
        assertThat(sine.rules()).containsExactly(Rule.TRIGONOMETRIC, Rule.CHAIN, Rule.POWER, Rule.VARIABLE);
        assertThat(sine.steps()).filteredOn(s -> s.rule() == Rule.CHAIN).singleElement()
                .satisfies(s -> assertThat(s.inner()).contains(Expression.parse("x^2")));
        assertThat(sine.uses(Rule.CHAIN)).isTrue();
    }

    @Test
    void noChainRuleWhenTheInsideIsTheVariable() {
        assertThat(d("x^3", "x").rules()).containsExactly(Rule.POWER, Rule.VARIABLE);
        assertThat(d("sin(x)", "x").uses(Rule.CHAIN)).isFalse();
    }

    @Test
    void article000PartialDerivative() {
        // f(x1, x2) = 4x1² + 3x2: ∂f/∂x1 = 4·2x1 + 3x2·0 = 8x1 (the article's worked steps); ∂f/∂x2 = 3
        assertThat(derivative("4x1^2 + 3x2", "x1")).isEqualTo("8x1");
        assertThat(derivative("4x1^2 + 3x2", "x2")).isEqualTo("3");
        assertThat(d("4x1^2 + 3x2", "x1").uses(Rule.CONSTANT)).isTrue(); // x2 held constant
    }

    @Test
    void article000MinimumOfXSquaredPlusYSquared() {
        // z = x² + y²: ∂z/∂x = 2x, ∂z/∂y = 2y, both zero only at (0, 0)
        Gradient g = Gradient.of(Expression.parse("x^2 + y^2"));
        assertThat(g.partial("x").expression().text()).isEqualTo("2x");
        assertThat(g.partial("y").expression().text()).isEqualTo("2y");
        assertThat(g.at(0, 0).vector()).containsExactly(0, 0);
    }

    @Test
    void article000GradientDescentStep() {
        // (Δx, Δy) = −η (∂f/∂x, ∂f/∂y); for z = x² + y² at (1, 2) with η = 0.1, by hand: −0.1·(2, 4)
        double eta = 0.1;
        double[] grad = Gradient.of(Expression.parse("x^2 + y^2")).at(1, 2).vector();
        assertThat(grad).containsExactly(2, 4);
        assertThat(-eta * grad[0]).isCloseTo(-0.2, within(TOLERANCE));
        assertThat(-eta * grad[1]).isCloseTo(-0.4, within(TOLERANCE));
    }

    @Test
    void article000DifferentiatingByAVector() {
        // ∂/∂X (αᵀX) = ∂/∂X (8x1 + 12x2) = (8, 12) = α
        Gradient g = Gradient.of(Expression.parse("8x1 + 12x2"));
        assertThat(g.partials()).extracting(p -> p.expression().text()).containsExactly("8", "12");
        assertThat(g.at(3, -7).vector()).containsExactly(8, 12);
    }

    // ---- article 001 ----

    @Test
    void article001DerivativeOfXSquared() {
        Derivative d = d("x^2", "x");
        assertThat(d.expression().text()).isEqualTo("2x");
        // Erratum 3: the slope of y = x² at x = 1 is 2 (the article's caption says 1); at x = 2 it is 4.
        assertThat(d.at(1).value()).isEqualTo(2.0);
        assertThat(d.at(2).value()).isEqualTo(4.0);
    }

    @Test
    void article001TangentLine() {
        // y = f(c) + f′(c)(x − c); for f = x² at c = 1: y = 1 + 2(x − 1) = 2x − 1, by hand
        Expression f = Expression.parse("x^2");
        double c = 1;
        double slope = Derivative.of(f, "x").at(c).value();
        double fc = f.valueAt(Map.of("x", c));
        assertThat(fc + slope * (3 - c)).isEqualTo(5.0); // 2·3 − 1
    }

    @Test
    void article001PowerRule() {
        // f(x) = x^a, f′(x) = a x^(a−1)
        assertThat(derivative("x^a", "x")).isEqualTo("a x^(a - 1)");
    }

    @Test
    void article001AbsoluteValueHasNoDerivativeAtZero() {
        Derivative d = d("|x|", "x");
        assertThat(d.expression().text()).isEqualTo("sign(x)");
        // slope 1 on the right, −1 on the left, none at 0
        assertThat(d.at(0.5).value()).isEqualTo(1.0);
        assertThat(d.at(-0.5).value()).isEqualTo(-1.0);
        DerivativeValue at0 = d.at(0);
        assertThat(at0.isDefined()).isFalse();
        assertThat(at0.asOptional()).isEmpty();
        assertThat(at0.problem()).contains(Problem.NOT_DIFFERENTIABLE);
        assertThat(at0.note()).isEqualTo("not differentiable at x = 0");
        assertThatThrownBy(at0::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("not differentiable at x = 0");
    }

    @Test
    void article001PartialDerivatives() {
        // f = x1² + 2x1x2 − x2²: ∂f/∂x1 = 2x1 + 2x2 (the article's worked example), ∂f/∂x2 = 2x1 − 2x2
        Gradient g = Gradient.of(Expression.parse("x1^2 + 2x1x2 - x2^2"));
        assertThat(g.variables()).containsExactly("x1", "x2");
        assertThat(g.partial("x1").expression().text()).isEqualTo("2x1 + 2x2");
        assertThat(g.partial("x2").expression().text()).isEqualTo("2x1 - 2x2");
        assertThat(g.partial("x1").expression().latex()).isEqualTo("2x_{1} + 2x_{2}");
        // at (1, 2), by hand: (2 + 4, 2 − 4)
        assertThat(g.at(1, 2).vector()).containsExactly(6, -2);
    }

    @Test
    void article001TangentPlane() {
        // Erratum 4: y − f(c,d) = f_x1(c,d)(x1 − c) + f_x2(c,d)(x2 − d), partials evaluated at (c, d).
        Expression f = Expression.parse("x1^2 + 2x1x2 - x2^2");
        double[] grad = Gradient.of(f).at(1, 2).vector();
        double f12 = f.valueAt(Map.of("x1", 1.0, "x2", 2.0)); // 1 + 4 − 4 = 1
        for (double h : new double[] {1e-1, 1e-2, 1e-3}) {
            double plane = f12 + grad[0] * h + grad[1] * h;
            double actual = f.valueAt(Map.of("x1", 1 + h, "x2", 2 + h));
            // f − plane = h² + 2h² − h² = 2h² exactly, by expanding f(1+h, 2+h)
            assertThat(actual - plane).isCloseTo(2 * h * h, within(1e-12));
        }
    }

    @Test
    void article001LinearFunctionOfTwoInputs() {
        // y = x1 + 2x2: Δy = 1·Δx1 + 2·Δx2 everywhere, so ∇y = (1, 2)
        assertThat(Gradient.of(Expression.parse("x1 + 2x2")).at(3, 3).vector()).containsExactly(1, 2);
    }

    // ---- forms a student recognises ----

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "x^3;            3x^2",              // power
            "x^-2;           -2/x^3",
            "1/x;            -1/x^2",            // quotient with a constant numerator
            "sqrt(x);        1/(2sqrt(x))",
            "x^(1/3);        1/(3x^(2/3))",
            "ln(x);          1/x",
            "log(x);         1/x",               // log is the natural logarithm
            "exp(x);         exp(x)",
            "e^x;            e^x",
            "2^x;            2^x ln(2)",         // a^u = e^(u ln a)
            "x^x;            x^x(ln(x) + 1)",    // both vary: u^w = e^(w ln u)
            "cos(x);         -sin(x)",
            "tan(x);         1/cos(x)^2",
            "sin(x)/x;       (x cos(x) - sin(x))/x^2",
            "x/(x + 1);      1/(x + 1)^2",
            "x^3/3;          x^2",               // exact fractions: not 1.0000000000000002x^2
            "0.1x^2;         0.2x",
            "exp(-x^2/2);    -x exp(-x^2/2)",
            "1/(1 + exp(-x)); exp(-x)/(1 + exp(-x))^2",
            "(x + 1)(x - 1); 2x",
            "sin(x) cos(x);  cos(x)^2 - sin(x)^2",
            "x abs(x);       2abs(x)",           // x·sign(x) = |x|
            "abs(x)^2;       2x",
            "2pi x;          2pi",
            "sin(2pi x);     2pi cos(2pi x)",
    })
    void simplifiedForms(String f, String expected) {
        assertThat(derivative(f, "x")).isEqualTo(expected);
    }

    @Test
    void unsimplifiedFormShowsTheRulesAtWork() {
        assertThat(d("x^3", "x").unsimplified().text()).isEqualTo("3x^(3 - 1)*1");
    }

    @Test
    void byAVariableTheFunctionDoesNotUseIsZero() {
        Derivative d = d("x^2", "y");
        assertThat(d.expression().text()).isEqualTo("0");
        assertThat(d.variables()).containsExactly("x", "y");
        assertThat(d.at(3, 4).value()).isEqualTo(0.0);
    }

    // ---- where there is no derivative ----

    @Test
    void undefinedFunctionIsReportedAsNotDefined() {
        DerivativeValue v = d("ln(x)", "x").at(0);
        assertThat(v.problem()).contains(Problem.NOT_DEFINED);
        assertThat(v.note()).isEqualTo("not defined at x = 0");
        assertThat(d("sqrt(x)", "x").at(-1).note()).isEqualTo("not defined at x = -1");
        assertThat(d("ln(x)", "x").at(-2).problem()).contains(Problem.NOT_DEFINED);
    }

    @Test
    void verticalTangentIsNotDifferentiable() {
        // √x and ∛x are defined at 0 but their slope there is infinite
        assertThat(d("sqrt(x)", "x").at(0).problem()).contains(Problem.NOT_DIFFERENTIABLE);
        assertThat(d("x^(1/3)", "x").at(0).problem()).contains(Problem.NOT_DIFFERENTIABLE);
        assertThat(d("sqrt(x)", "x").at(4).value()).isEqualTo(0.25); // 1/(2·2)
    }

    @Test
    void cornerInsideAChainIsNotDifferentiable() {
        // |x² − 1| has corners at x = ±1; elsewhere the slope is sign(x² − 1)·2x
        Derivative d = d("abs(x^2 - 1)", "x");
        assertThat(d.at(1).problem()).contains(Problem.NOT_DIFFERENTIABLE);
        assertThat(d.at(-1).problem()).contains(Problem.NOT_DIFFERENTIABLE);
        assertThat(d.at(2).value()).isEqualTo(4.0);
        assertThat(d.at(0.5).value()).isEqualTo(-1.0);
    }

    @Test
    void productWithAbsoluteValueIsDifferentiableAtZero() {
        // x|x| is x² on the right and −x² on the left: slope 0 at 0 (by the limits 2|x| → 0)
        assertThat(d("x abs(x)", "x").at(0).value()).isEqualTo(0.0);
    }

    @Test
    void partialDerivativeNoteNamesTheVariableAndThePoint() {
        DerivativeValue v = d("abs(x) + y", "x").at(0, 1);
        assertThat(v.note()).isEqualTo("not differentiable with respect to x at (x, y) = (0, 1)");
        assertThat(d("abs(x) + y", "x").at(Map.of("x", 2.0, "y", 5.0)).value()).isEqualTo(1.0);
    }

    @Test
    void wrongNumberOfValuesIsRefused() {
        assertThatThrownBy(() -> d("x y", "x").at(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Requires 2 values (x, y)");
        assertThatThrownBy(() -> d("x y", "x").at(Map.of("x", 1.0)))
                .hasMessageContaining("No value for the variable y");
        assertThatThrownBy(() -> d("x", "2x")).isInstanceOf(IllegalArgumentException.class);
    }
}
