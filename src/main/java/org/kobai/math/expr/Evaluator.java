package org.kobai.math.expr;

import java.util.Map;
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

/** Evaluation by walking the tree: the reference the compiled evaluator is tested against. */
final class Evaluator {
    private Evaluator() {}

    static double valueAt(Expression e, Map<String, Double> values) {
        if (e instanceof Num n) {
            return n.value();
        } else if (e instanceof Var v) {
            Double value = values.get(v.name());
            if (value == null) {
                throw new IllegalArgumentException("No value for the variable " + v.name() + ".");
            }
            return value;
        } else if (e instanceof Const c) {
            return c.constant().value();
        } else if (e instanceof Neg n) {
            return -valueAt(n.operand(), values);
        } else if (e instanceof Add a) {
            return valueAt(a.left(), values) + valueAt(a.right(), values);
        } else if (e instanceof Sub s) {
            return valueAt(s.left(), values) - valueAt(s.right(), values);
        } else if (e instanceof Mul m) {
            return valueAt(m.left(), values) * valueAt(m.right(), values);
        } else if (e instanceof Div d) {
            return valueAt(d.left(), values) / valueAt(d.right(), values);
        } else if (e instanceof Pow p) {
            if (p.base() instanceof Const c && c.constant() == Constant.E) {
                return Math.exp(valueAt(p.exponent(), values));
            }
            return Math.pow(valueAt(p.base(), values), valueAt(p.exponent(), values));
        } else {
            Call c = (Call) e;
            return c.function().apply(valueAt(c.argument(), values));
        }
    }
}
