package org.kobai.math.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kobai.math.expr.Expression.Add;
import org.kobai.math.expr.Expression.Binary;
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
 * d/dv by the textbook rules, term by term as a student would, recording each rule used. The result is
 * unsimplified (3·x^(3−1)·1); {@link Derivative} simplifies it.
 */
final class Differentiator {
    private static final Num ZERO = new Num(0), ONE = new Num(1), TWO = new Num(2);

    private final String v;
    private final Set<RuleUse> uses = new LinkedHashSet<>();

    private Differentiator(String v) {
        this.v = v;
    }

    /** The raw derivative and the rules used, in the order first used. */
    record Result(Expression raw, List<RuleUse> uses) {}

    static Result differentiate(Expression f, String variable) {
        Differentiator d = new Differentiator(variable);
        Expression raw = d.d(f);
        return new Result(raw, List.copyOf(d.uses));
    }

    private Expression d(Expression e) {
        if (!dependsOn(e)) {
            use(Rule.CONSTANT, e);
            return ZERO;
        }
        if (e instanceof Var) {
            use(Rule.VARIABLE, e);
            return ONE;
        } else if (e instanceof Neg n) {
            use(Rule.CONSTANT_MULTIPLE, e);
            return new Neg(d(n.operand()));
        } else if (e instanceof Add a) {
            use(Rule.SUM, e);
            return new Add(d(a.left()), d(a.right()));
        } else if (e instanceof Sub s) {
            use(Rule.SUM, e);
            return new Sub(d(s.left()), d(s.right()));
        } else if (e instanceof Mul m) {
            return product(m);
        } else if (e instanceof Div q) {
            return quotient(q);
        } else if (e instanceof Pow p) {
            return power(p);
        } else {
            return call((Call) e);
        }
    }

    private Expression product(Mul m) {
        Expression f = m.left(), g = m.right();
        if (!dependsOn(f)) {                      // (c·g)′ = c·g′
            use(Rule.CONSTANT_MULTIPLE, m);
            return new Mul(f, d(g));
        }
        if (!dependsOn(g)) {                      // (f·c)′ = f′·c
            use(Rule.CONSTANT_MULTIPLE, m);
            return new Mul(d(f), g);
        }
        use(Rule.PRODUCT, m);                     // (f·g)′ = f′·g + f·g′
        return new Add(new Mul(d(f), g), new Mul(f, d(g)));
    }

    private Expression quotient(Div q) {
        Expression f = q.left(), g = q.right();
        if (!dependsOn(g)) {                      // (f/c)′ = f′/c
            use(Rule.CONSTANT_MULTIPLE, q);
            return new Div(d(f), g);
        }
        use(Rule.QUOTIENT, q);
        if (!dependsOn(f)) {                      // (c/g)′ = −c·g′/g²
            return new Div(new Neg(new Mul(f, d(g))), new Pow(g, TWO));
        }
        // (f/g)′ = (f′·g − f·g′)/g²
        return new Div(new Sub(new Mul(d(f), g), new Mul(f, d(g))), new Pow(g, TWO));
    }

    private Expression power(Pow p) {
        Expression u = p.base(), n = p.exponent();
        if (!dependsOn(n)) {                      // (uⁿ)′ = n·uⁿ⁻¹·u′
            use(Rule.POWER, p);
            chain(p, u);
            return new Mul(new Mul(n, new Pow(u, new Sub(n, ONE))), d(u));
        }
        use(Rule.EXPONENTIAL, p);
        if (!dependsOn(u)) {                      // (a^w)′ = a^w·ln a·w′, (e^w)′ = e^w·w′
            chain(p, n);
            Expression outer = u.equals(new Const(Constant.E)) ? p : new Mul(p, new Call(MathFunction.LN, u));
            return new Mul(outer, d(n));
        }
        // u^w = e^(w ln u), so (u^w)′ = u^w·(w′·ln u + w·u′/u)
        Expression lnU = new Call(MathFunction.LN, u);
        uses.add(new RuleUse(Rule.CHAIN, p, Optional.of(new Mul(n, lnU))));
        return new Mul(p, new Add(new Mul(d(n), lnU), new Mul(n, new Div(d(u), u))));
    }

    private Expression call(Call c) {
        Expression u = c.argument();
        MathFunction f = c.function();
        Expression outer = switch (f) {
            case SIN -> new Call(MathFunction.COS, u);                                      // cos u
            case COS -> new Neg(new Call(MathFunction.SIN, u));                             // −sin u
            case TAN -> new Div(ONE, new Pow(new Call(MathFunction.COS, u), TWO));          // 1/cos² u
            case EXP -> c;                                                                  // e^u
            case LN -> new Div(ONE, u);                                                     // 1/u
            case SQRT -> new Div(ONE, new Mul(TWO, c));                                     // 1/(2√u)
            case ABS -> new Call(MathFunction.SIGN, u);                                     // sign u, u ≠ 0
            case SIGN -> ZERO;                                                              // 0, u ≠ 0
        };
        use(switch (f) {
            case SIN, COS, TAN -> Rule.TRIGONOMETRIC;
            case EXP -> Rule.EXPONENTIAL;
            case LN -> Rule.LOGARITHM;
            case SQRT -> Rule.POWER;
            case ABS, SIGN -> Rule.ABSOLUTE_VALUE;
        }, c);
        if (f == MathFunction.SIGN) {
            return ZERO;
        }
        chain(c, u);
        return new Mul(outer, d(u));              // f(u)′ = f′(u)·u′
    }

    private void chain(Expression outer, Expression inner) {
        if (!(inner instanceof Var)) {
            uses.add(new RuleUse(Rule.CHAIN, outer, Optional.of(inner)));
        }
    }

    private void use(Rule rule, Expression e) {
        uses.add(new RuleUse(rule, e, Optional.empty()));
    }

    private boolean dependsOn(Expression e) {
        if (e instanceof Var x) {
            return x.name().equals(v);
        } else if (e instanceof Neg n) {
            return dependsOn(n.operand());
        } else if (e instanceof Call c) {
            return dependsOn(c.argument());
        } else if (e instanceof Binary b) {
            return dependsOn(b.left()) || dependsOn(b.right());
        }
        return false;
    }
}
