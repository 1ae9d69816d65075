package org.kobai.math.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Brings an expression into the form a student writes, so that d/dx x³ reads {@code 3x^2} and not
 * {@code 3*x^(3-1)*1}.
 *
 * <p>The expression is read as a sum of terms, each a number times a product of powers
 * c · b₁^k₁ · b₂^k₂ ⋯, and written back out:
 * <ul>
 *   <li>numbers are folded exactly (as fractions: x³/3 differentiates to x², 0.1 + 0.2 is 0.3);</li>
 *   <li>0 and 1 vanish: u + 0, 0·u, 1·u, u^1, u^0, u/1;</li>
 *   <li>like terms are added (2x + 3x = 5x) and like factors combined (x·x² = x³, x³/x = x², (x+1)(x+1) =
 *       (x+1)^2), with whole-number powers of products spread out ((2x)² = 4x²) and of powers multiplied;</li>
 *   <li>in each term the number comes first, then π and e, then variables in natural order, then every
 *       other factor in the order it first appeared: {@code 2x cos(x^2)}; factors with negative powers go
 *       below a fraction bar: {@code -1/x^2}, {@code 1/(2sqrt(x))}, {@code (x cos(x) - sin(x))/x^2};
 *       numbers that are not whole stay decimals ({@code 0.2x}) except halves and fractions without an
 *       exact decimal ({@code x/2}, {@code 3x/2}, {@code 2x/3});</li>
 *   <li>exact function values fold (sin 0 = 0, cos 0 = 1, e⁰ = 1, ln 1 = 0, ln e = 1, √4 = 2, |−3| = 3),
 *       and ln(e^u) = u, |u|^2 = u^2, ||u|| = |u|, |x^2| = x^2, u·sign(u) = |u|, |u|·sign(u) = u.</li>
 * </ul>
 *
 * <p>It does not expand products of sums (3(x+1) and 6x(x^2+1)^2 stay as they are), factor, use
 * trigonometric identities, or combine powers with symbolic exponents (e^x·e^x stays). Terms keep the order
 * in which they first appear.
 *
 * <p>The result has the same value wherever the original is defined; it may also be defined at isolated
 * points where the original is not (x/x becomes 1, 0·ln x becomes 0, x·sign(x) becomes |x|). Callers that
 * care, such as {@link Derivative#at}, check the original function first.
 */
public final class Simplifier {
    private Simplifier() {}

    /** The simplified expression; never throws for a valid tree. */
    public static Expression simplify(Expression e) {
        return rebuild(sum(e));
    }

    /** A power base^k with a numeric k (then {@code symbolic} is null) or a symbolic one. */
    private record Factor(Expression base, Rational power, Expression symbolic) {
        static Factor of(Expression base, Rational power) { return new Factor(base, power, null); }
        static Factor of(Expression base) { return new Factor(base, Rational.ONE, null); }

        boolean isNumeric() { return symbolic == null; }

        String key() {
            return base.text() + "^" + (isNumeric() ? power.toString() : "(" + symbolic.text() + ")");
        }
    }

    /** coefficient · factors; no factor is a number with a whole power, no two numeric factors share a base. */
    private record Term(Rational coefficient, List<Factor> factors) {
        static Term number(Rational c) { return new Term(c, List.of()); }

        Term scaled(Rational c) { return new Term(coefficient.times(c), factors); }

        String key() {
            return factors.stream().map(Factor::key).sorted().reduce("", (a, b) -> a + "·" + b);
        }
    }

    // ---- reading an expression as a sum of terms ----

    private static List<Term> sum(Expression e) {
        if (e instanceof Num n) {
            return number(Rational.of(n.value()));
        } else if (e instanceof Var || e instanceof Const) {
            return single(Factor.of(e));
        } else if (e instanceof Neg n) {
            return scale(sum(n.operand()), Rational.ONE.negate());
        } else if (e instanceof Add a) {
            return combine(concat(sum(a.left()), sum(a.right())));
        } else if (e instanceof Sub s) {
            return combine(concat(sum(s.left()), scale(sum(s.right()), Rational.ONE.negate())));
        } else if (e instanceof Mul m) {
            return multiply(sum(m.left()), sum(m.right()));
        } else if (e instanceof Div d) {
            List<Term> below = sum(d.right());
            if (below.isEmpty()) { // u/0 has no value: kept whole, as typed
                return single(Factor.of(new Div(simplify(d.left()), new Num(0))));
            }
            return multiply(sum(d.left()), reciprocal(below));
        } else if (e instanceof Pow p) {
            return power(sum(p.base()), simplify(p.exponent()));
        } else {
            return call((Call) e);
        }
    }

    private static List<Term> number(Rational c) {
        return c.isZero() ? List.of() : List.of(Term.number(c));
    }

    private static List<Term> single(Factor f) {
        return List.of(new Term(Rational.ONE, List.of(f)));
    }

    private static List<Term> concat(List<Term> a, List<Term> b) {
        List<Term> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Term> scale(List<Term> terms, Rational c) {
        return terms.stream().map(t -> t.scaled(c)).toList();
    }

    /** Adds like terms, keeping the order of first appearance, and drops zeros. */
    private static List<Term> combine(List<Term> terms) {
        Map<String, Term> byKey = new LinkedHashMap<>();
        for (Term t : terms) {
            byKey.merge(t.key(), t, (a, b) -> new Term(a.coefficient().plus(b.coefficient()), a.factors()));
        }
        return byKey.values().stream().filter(t -> !t.coefficient().isZero()).toList();
    }

    private static List<Term> multiply(List<Term> a, List<Term> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        if (a.size() > 1 && b.size() == 1 && b.get(0).factors().isEmpty() && b.get(0).coefficient().abs().isOne()) {
            return scale(a, b.get(0).coefficient()); // −(x − y) is y − x; 1·(x + 1) is x + 1
        }
        if (b.size() > 1 && a.size() == 1 && a.get(0).factors().isEmpty() && a.get(0).coefficient().abs().isOne()) {
            return scale(b, a.get(0).coefficient());
        }
        return times(asTerm(a), asTerm(b));
    }

    /** A sum as one term: itself if it has one term, else one factor (the whole sum). */
    private static Term asTerm(List<Term> s) {
        return s.size() == 1 ? s.get(0) : new Term(Rational.ONE, List.of(Factor.of(rebuild(s))));
    }

    private static List<Term> times(Term a, Term b) {
        Rational c = a.coefficient().times(b.coefficient());
        List<Factor> factors = new ArrayList<>(a.factors());
        for (Factor f : b.factors()) {
            c = merge(factors, f, c);
        }
        return afterMerging(c, factors);
    }

    /** Puts f into factors, adding numeric powers of a shared base; returns the coefficient, numbers folded. */
    private static Rational merge(List<Factor> factors, Factor f, Rational c) {
        for (int i = 0; i < factors.size(); i++) {
            Factor g = factors.get(i);
            if (g.isNumeric() && f.isNumeric() && g.base().equals(f.base())) {
                Rational k = g.power().plus(f.power());
                if (k.isZero()) {
                    factors.remove(i);
                } else {
                    factors.set(i, Factor.of(g.base(), k));
                }
                return foldNumberFactor(factors, i, c);
            }
        }
        factors.add(f);
        return foldNumberFactor(factors, factors.size() - 1, c);
    }

    /** A number base with a whole power (2^-1 from 2^(1/2)·2^(-3/2)) moves into the coefficient. */
    private static Rational foldNumberFactor(List<Factor> factors, int i, Rational c) {
        if (i < factors.size() && factors.get(i).isNumeric() && factors.get(i).base() instanceof Num n) {
            Integer k = factors.get(i).power().smallInteger();
            Rational folded = k == null ? null : Rational.of(n.value()).pow(k);
            if (folded != null) {
                factors.remove(i);
                return c.times(folded);
            }
        }
        return c;
    }

    /** u·sign(u) = |u| and |u|·sign(u) = u, the form in which |u|'s derivative meets |u|. */
    private static List<Term> afterMerging(Rational c, List<Factor> factors) {
        for (int i = 0; i < factors.size(); i++) {
            Factor s = factors.get(i);
            if (!(s.isNumeric() && s.power().isOne() && s.base() instanceof Call call
                    && call.function() == MathFunction.SIGN)) {
                continue;
            }
            Expression u = call.argument();
            for (int j = 0; j < factors.size(); j++) {
                Factor f = factors.get(j);
                if (j == i || !f.isNumeric() || !f.power().isOne()) {
                    continue;
                }
                boolean isU = f.base().equals(u);
                boolean isAbsU = f.base().equals(new Call(MathFunction.ABS, u));
                if (isU || isAbsU) {
                    List<Factor> rest = new ArrayList<>(factors);
                    rest.remove(Math.max(i, j));
                    rest.remove(Math.min(i, j));
                    List<Term> replacement = isU ? single(Factor.of(new Call(MathFunction.ABS, u))) : sum(u);
                    return multiply(List.of(new Term(c, rest)), replacement);
                }
            }
        }
        if (c.isZero()) {
            return List.of();
        }
        if (factors.size() == 1 && c.abs().isOne() && factors.get(0).isNumeric() && factors.get(0).power().isOne()
                && isSum(factors.get(0).base())) {
            return scale(sum(factors.get(0).base()), c);
        }
        return List.of(new Term(c, List.copyOf(factors)));
    }

    /** 1/s for a sum that is not zero. */
    private static List<Term> reciprocal(List<Term> s) {
        if (s.size() > 1) {
            return single(Factor.of(rebuild(s), Rational.ONE.negate()));
        }
        Term t = s.get(0);
        List<Factor> inverted = t.factors().stream().map(f -> f.isNumeric()
                ? Factor.of(f.base(), f.power().negate())
                : new Factor(f.base(), null, simplify(new Neg(f.symbolic())))).toList();
        return List.of(new Term(t.coefficient().reciprocal(), inverted));
    }

    private static List<Term> power(List<Term> base, Expression exponent) {
        Rational k = numeric(exponent);
        if (k == null) {
            return symbolicPower(base, exponent);
        }
        if (k.isZero()) {
            return number(Rational.ONE);
        }
        if (k.isOne()) {
            return base;
        }
        if (base.isEmpty()) {
            return k.signum() > 0 ? List.of() : single(Factor.of(new Pow(new Num(0), exponent))); // 0^-1 as typed
        }
        if (base.size() > 1) {
            return single(Factor.of(rebuild(base), k));
        }
        Term t = base.get(0);
        Integer n = k.smallInteger();
        if (n != null && n % 2 == 0 && t.coefficient().isOne() && t.factors().size() == 1
                && t.factors().get(0).isNumeric() && t.factors().get(0).power().isOne()
                && t.factors().get(0).base() instanceof Call c && c.function() == MathFunction.ABS) {
            return power(sum(c.argument()), exponent); // |u|^2 = u^2
        }
        Rational c = n == null ? null : t.coefficient().pow(n);
        boolean spreads = c != null
                && t.factors().stream().allMatch(f -> !f.isNumeric() || f.power().isInteger());
        if (spreads) { // (2x^2 y)^3 = 8x^6 y^3, (e^x)^2 = e^(2x)
            Rational cc = c;
            List<Factor> factors = new ArrayList<>();
            for (Factor f : t.factors()) {
                Factor raised = f.isNumeric() ? Factor.of(f.base(), f.power().times(k))
                        : new Factor(f.base(), null, simplify(new Mul(new Num(n), f.symbolic())));
                cc = merge(factors, raised, cc);
            }
            return afterMerging(cc, factors);
        }
        if (t.factors().isEmpty()) {
            return single(Factor.of(rebuild(base), k)); // 2^(1/2) stays
        }
        if (t.coefficient().isOne() && t.factors().size() == 1 && t.factors().get(0).isNumeric()
                && t.factors().get(0).power().isOne()) {
            return single(Factor.of(t.factors().get(0).base(), k)); // x^0.5, sin(x)^(1/3)
        }
        return single(Factor.of(rebuild(base), k));
    }

    private static List<Term> symbolicPower(List<Term> base, Expression exponent) {
        if (base.size() == 1) {
            Term t = base.get(0);
            if (t.factors().isEmpty()) {
                return single(new Factor(rebuild(base), null, exponent)); // 2^x
            }
            if (t.coefficient().isOne() && t.factors().size() == 1 && t.factors().get(0).isNumeric()
                    && t.factors().get(0).power().isOne()) {
                return single(new Factor(t.factors().get(0).base(), null, exponent)); // e^x, x^y
            }
        }
        return single(new Factor(rebuild(base), null, exponent));
    }

    private static List<Term> call(Call call) {
        Expression u = simplify(call.argument());
        Rational r = numeric(u);
        boolean zero = r != null && r.isZero();
        switch (call.function()) {
            case SIN, TAN, SQRT:
                if (zero) {
                    return List.of();
                }
                if (call.function() == MathFunction.SQRT && r != null && r.signum() > 0) {
                    Rational root = exactSquareRoot(r);
                    if (root != null) {
                        return number(root);
                    }
                }
                break;
            case COS, EXP:
                if (zero) {
                    return number(Rational.ONE);
                }
                break;
            case LN:
                if (r != null && r.isOne()) {
                    return List.of();
                }
                if (u.equals(new Const(Constant.E))) {
                    return number(Rational.ONE);
                }
                if (u instanceof Call c && c.function() == MathFunction.EXP) {
                    return sum(c.argument());
                }
                if (u instanceof Pow p && p.base().equals(new Const(Constant.E))) {
                    return sum(p.exponent());
                }
                break;
            case ABS:
                if (r != null) {
                    return number(r.abs());
                }
                if (u instanceof Call c && c.function() == MathFunction.ABS) {
                    return sum(u);
                }
                if (u instanceof Pow p && numeric(p.exponent()) != null
                        && numeric(p.exponent()).smallInteger() != null && numeric(p.exponent()).smallInteger() % 2 == 0) {
                    return sum(u); // |x^2| = x^2
                }
                break;
            case SIGN:
                if (r != null && !zero) {
                    return number(Rational.of(r.signum()));
                }
                break;
            default:
                break;
        }
        return single(Factor.of(new Call(call.function(), u)));
    }

    private static Rational exactSquareRoot(Rational r) {
        BigInteger p = r.numerator().sqrt();
        BigInteger q = r.denominator().sqrt();
        return p.multiply(p).equals(r.numerator()) && q.multiply(q).equals(r.denominator()) ? new Rational(p, q) : null;
    }

    /** The exact number a simplified expression stands for (2, −0.5, 1/3), or null. */
    private static Rational numeric(Expression e) {
        if (e instanceof Num n) {
            return Rational.of(n.value());
        } else if (e instanceof Neg n) {
            Rational r = numeric(n.operand());
            return r == null ? null : r.negate();
        } else if (e instanceof Div d) {
            Rational p = numeric(d.left());
            Rational q = numeric(d.right());
            return p == null || q == null || q.isZero() ? null : p.times(q.reciprocal());
        }
        return null;
    }

    private static boolean isSum(Expression e) {
        return e instanceof Add || e instanceof Sub;
    }

    // ---- writing a sum of terms back out ----

    private static Expression rebuild(List<Term> terms) {
        Expression sum = null;
        for (Term t : terms) {
            boolean negative = t.coefficient().signum() < 0;
            Expression magnitude = term(t.coefficient().abs(), t.factors());
            if (sum == null) {
                sum = !negative ? magnitude
                        : magnitude instanceof Num n ? new Num(-n.value()) : new Neg(magnitude);
            } else {
                sum = negative ? new Sub(sum, magnitude) : new Add(sum, magnitude);
            }
        }
        return sum == null ? new Num(0) : sum;
    }

    /** c · factors with c &gt; 0: the number first, then π and e, variables, the rest; negative powers below. */
    private static Expression term(Rational c, List<Factor> factors) {
        List<Factor> above = new ArrayList<>();
        List<Factor> below = new ArrayList<>();
        for (Factor f : factors) {
            if (f.isNumeric() && f.power().signum() < 0) {
                below.add(Factor.of(f.base(), f.power().negate()));
            } else {
                above.add(f);
            }
        }
        // halves of a factor as fractions (x/2, -x^2/2, as in textbooks), other decimals as typed (0.1x, 2.5)
        boolean fraction = !c.isInteger() && (!below.isEmpty() || !c.terminates()
                || (c.denominator().equals(BigInteger.TWO) && !above.isEmpty()));
        Rational top = fraction ? new Rational(c.numerator(), BigInteger.ONE) : c;
        List<Expression> numerator = new ArrayList<>();
        if (!top.isOne() || above.isEmpty()) {
            numerator.add(coefficient(top));
        }
        ordered(above).forEach(f -> numerator.add(power(f)));
        List<Expression> denominator = new ArrayList<>();
        if (fraction) {
            denominator.add(coefficient(new Rational(c.denominator(), BigInteger.ONE)));
        }
        ordered(below).forEach(f -> denominator.add(power(f)));
        Expression up = product(numerator);
        return denominator.isEmpty() ? up : new Div(up, product(denominator));
    }

    private static List<Factor> ordered(List<Factor> factors) {
        List<Factor> constants = new ArrayList<>();
        TreeMap<String, Factor> variables = new TreeMap<>(Variables.NATURAL_ORDER);
        List<Factor> others = new ArrayList<>();
        for (Factor f : factors) {
            if (f.isNumeric() && f.base() instanceof Const) {
                constants.add(f);
            } else if (f.isNumeric() && f.base() instanceof Var v) {
                variables.put(v.name(), f);
            } else {
                others.add(f);
            }
        }
        constants.sort(Comparator.comparing(f -> ((Const) f.base()).constant()));
        List<Factor> all = new ArrayList<>(constants);
        all.addAll(variables.values());
        all.addAll(others);
        return all;
    }

    private static Expression power(Factor f) {
        if (!f.isNumeric()) {
            return new Pow(f.base(), f.symbolic());
        }
        if (f.power().isOne()) {
            return f.base();
        }
        Rational k = f.power();
        Expression exponent = k.terminates() ? coefficient(k)
                : new Div(coefficient(new Rational(k.numerator(), BigInteger.ONE)),
                        coefficient(new Rational(k.denominator(), BigInteger.ONE)));
        return new Pow(f.base(), exponent);
    }

    /** A number as a literal; one too large or small for a double is written m · 10^k, as it evaluates. */
    private static Expression coefficient(Rational c) {
        double v = c.toDouble();
        if (Double.isFinite(v) && (v != 0 || c.isZero())) {
            return new Num(v);
        }
        int k = new java.math.BigDecimal(c.numerator()).precision() - new java.math.BigDecimal(c.denominator()).precision();
        double m = new java.math.BigDecimal(c.numerator()).movePointLeft(k)
                .divide(new java.math.BigDecimal(c.denominator()), java.math.MathContext.DECIMAL64).doubleValue();
        return new Mul(new Num(m), new Pow(new Num(10), new Num(k)));
    }

    private static Expression product(List<Expression> factors) {
        Expression p = factors.get(0);
        for (int i = 1; i < factors.size(); i++) {
            p = new Mul(p, factors.get(i));
        }
        return p;
    }
}
