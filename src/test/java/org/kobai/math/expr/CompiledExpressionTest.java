package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.math.Curve;
import org.kobai.math.Grid2D;

/** The compiled evaluator against the tree walk and hand-worked values. */
class CompiledExpressionTest {
    /** x·x·x and Math.pow(x, 3) may differ in the last bit. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void valuesInTheGivenOrder() {
        CompiledExpression f = Expression.parse("x - 2y").compile(List.of("y", "x"));
        assertThat(f.valueAt(1, 5)).isEqualTo(3.0); // x = 5, y = 1
        assertThat(f.variables()).containsExactly("y", "x");
    }

    @Test
    void naturalOrderByDefault() {
        CompiledExpression f = CompiledExpression.of(Expression.parse("x10 - x2"));
        assertThat(f.variables()).containsExactly("x2", "x10");
        assertThat(f.valueAt(1, 10)).isEqualTo(9.0);
    }

    @Test
    void agreesWithTheTreeWalk() {
        String[] typed = {"x^3 - 2x + 1", "sin(x^2) + 0.5x^3 - exp(-x)", "sqrt(x) ln(x)", "x^x", "1/x",
                "|x| sign(x)", "2^x e^-x", "tan(x)^-1", "x^2.5", "-x^2 + pi"};
        double[] xs = {-2, -0.5, 0, 0.3, 1, 2.7};
        for (String s : typed) {
            Expression e = Expression.parse(s);
            CompiledExpression f = CompiledExpression.of(e, List.of("x"));
            for (double x : xs) {
                double tree = e.valueAt(Map.of("x", x));
                double compiled = f.valueAt(x);
                if (Double.isNaN(tree)) {
                    assertThat(compiled).as("%s at %s", s, x).isNaN();
                } else if (Double.isInfinite(tree)) {
                    assertThat(compiled).as("%s at %s", s, x).isEqualTo(tree);
                } else {
                    assertThat(compiled).as("%s at %s", s, x)
                            .isCloseTo(tree, within(TOLERANCE * Math.max(1, Math.abs(tree))));
                }
            }
        }
    }

    @Test
    void extraVariablesAreIgnored() {
        CompiledExpression f = Expression.parse("x^2").compile(List.of("x", "y"));
        assertThat(f.asBinaryOperator().applyAsDouble(3, 100)).isEqualTo(9.0);
    }

    @Test
    void viewsForCurvesAndGrids() {
        Curve c = Curve.sample(Expression.parse("x^2").compile(List.of("x")).asUnaryOperator(), -1, 1, 3);
        assertThat(c.y()).containsExactly(1, 0, 1);
        Grid2D g = Grid2D.sample(Expression.parse("x + 10y").compile(List.of("x", "y")).asBinaryOperator(),
                0, 1, 2, 0, 1, 2);
        assertThat(g.max()).isEqualTo(11.0);
    }

    @Test
    void definedness() {
        CompiledExpression f = Expression.parse("ln(x)").compile(List.of("x"));
        assertThat(f.isDefinedAt(1)).isTrue();
        assertThat(f.isDefinedAt(0)).isFalse();
        assertThat(f.isDefinedAt(-1)).isFalse();
    }

    @Test
    void misuseIsRefused() {
        Expression e = Expression.parse("x y");
        assertThatThrownBy(() -> e.compile(List.of("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variable y");
        assertThatThrownBy(() -> e.compile(List.of("x", "y", "x"))).hasMessageContaining("listed twice");
        CompiledExpression f = e.compile(List.of("x", "y"));
        assertThatThrownBy(() -> f.valueAt(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Requires 2 values (x, y), got 1");
        assertThatThrownBy(f::asUnaryOperator).isInstanceOf(IllegalStateException.class);
    }
}
