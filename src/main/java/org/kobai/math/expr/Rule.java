package org.kobai.math.expr;

/** The differentiation rules, as a lesson names them (article 000's list of basic formulas, and more). */
public enum Rule {
    /** (c)′ = 0, also for other variables in a partial derivative. */
    CONSTANT,
    /** (x)′ = 1. */
    VARIABLE,
    /** (f ± g)′ = f′ ± g′. */
    SUM,
    /** (c·f)′ = c·f′ and (f/c)′ = f′/c; also (−f)′ = −f′. */
    CONSTANT_MULTIPLE,
    /** (f·g)′ = f′·g + f·g′. */
    PRODUCT,
    /** (f/g)′ = (f′·g − f·g′)/g². */
    QUOTIENT,
    /** (uⁿ)′ = n·uⁿ⁻¹·u′ for a constant n; √u = u^(1/2) too. */
    POWER,
    /** (e^u)′ = e^u·u′, (a^u)′ = a^u·ln a·u′, and u^w = e^(w ln u) when both vary. */
    EXPONENTIAL,
    /** (ln u)′ = u′/u. */
    LOGARITHM,
    /** (sin u)′ = cos u·u′, (cos u)′ = −sin u·u′, (tan u)′ = u′/cos² u. */
    TRIGONOMETRIC,
    /** |u|′ = sign(u)·u′, where u ≠ 0; sign(u)′ = 0 where u ≠ 0. */
    ABSOLUTE_VALUE,
    /** (f(g(x)))′ = f′(g(x))·g′(x): used whenever the inside is more than the variable itself. */
    CHAIN
}
