package org.kobai.math.expr;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.kobai.math.expr.Expression.Add;
import org.kobai.math.expr.Expression.Call;
import org.kobai.math.expr.Expression.Const;
import org.kobai.math.expr.Expression.Div;
import org.kobai.math.expr.Expression.Mul;
import org.kobai.math.expr.Expression.Neg;
import org.kobai.math.expr.Expression.Num;
import org.kobai.math.expr.Expression.Pow;
import org.kobai.math.expr.Expression.Sub;
import org.kobai.math.expr.Expression.Var;

/**
 * Random expression trees in x and y for the property tests, and an independent derivative of any tree by
 * automatic differentiation with commons-math3's {@link DerivativeStructure}.
 */
public final class RandomExpressions {
    private RandomExpressions() {}

    /** Trees up to {@code depth} levels: numbers −3…3 and a few decimals, x, y, π, e, every operator and function. */
    public static Arbitrary<Expression> trees(int depth) {
        return Arbitraries.recursive(RandomExpressions::leaves, RandomExpressions::composed, 0, depth);
    }

    private static Arbitrary<Expression> leaves() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(new Var("x"))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Var("y"))),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-3, 3).map(n -> new Num(n))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0.5, 1.5, 2.25, -0.25, 1e-3).map(Num::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Constant.class).map(Const::new)));
    }

    private static Arbitrary<Expression> composed(Arbitrary<Expression> e) {
        Arbitrary<Expression> exponents = Arbitraries.of(-2.0, -1.0, 0.5, 2.0, 3.0, 4.0).map(Num::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(e, e).as(Add::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(e, e).as(Sub::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(e, e).as(Mul::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(e, e).as(Div::new)),
                net.jqwik.api.Tuple.of(1, e.map(Neg::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(e, exponents).as(Pow::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(e, e).as(Pow::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.of(MathFunction.class), e).as(Call::new)));
    }

    /** f and its first derivatives at (x, y) by automatic differentiation: index 0 is x, 1 is y. */
    static DerivativeStructure dual(Expression e, double x, double y) {
        if (e instanceof Var v) {
            return new DerivativeStructure(2, 1, v.name().equals("x") ? 0 : 1, v.name().equals("x") ? x : y);
        }
        if (e.variables().isEmpty()) {
            return new DerivativeStructure(2, 1, e.valueAt(Map.of()));
        }
        if (e instanceof Neg n) {
            return dual(n.operand(), x, y).negate();
        } else if (e instanceof Add a) {
            return dual(a.left(), x, y).add(dual(a.right(), x, y));
        } else if (e instanceof Sub s) {
            return dual(s.left(), x, y).subtract(dual(s.right(), x, y));
        } else if (e instanceof Mul m) {
            return dual(m.left(), x, y).multiply(dual(m.right(), x, y));
        } else if (e instanceof Div d) {
            return dual(d.left(), x, y).divide(dual(d.right(), x, y));
        } else if (e instanceof Pow p) {
            if (p.exponent().variables().isEmpty()) {
                return dual(p.base(), x, y).pow(p.exponent().valueAt(Map.of()));
            }
            if (p.base().variables().isEmpty()) {
                return DerivativeStructure.pow(p.base().valueAt(Map.of()), dual(p.exponent(), x, y));
            }
            return dual(p.base(), x, y).pow(dual(p.exponent(), x, y));
        }
        Call c = (Call) e;
        DerivativeStructure u = dual(c.argument(), x, y);
        return switch (c.function()) {
            case SIN -> u.sin();
            case COS -> u.cos();
            case TAN -> u.tan();
            case EXP -> u.exp();
            case LN -> u.log();
            case SQRT -> u.sqrt();
            case ABS -> u.abs();
            case SIGN -> new DerivativeStructure(2, 1, MathFunction.sign(u.getValue()));
        };
    }
}
