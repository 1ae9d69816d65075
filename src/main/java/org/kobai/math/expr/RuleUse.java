package org.kobai.math.expr;

import java.util.Objects;
import java.util.Optional;

/**
 * One use of a rule while differentiating: the rule, the part of the function it was applied to, and for
 * the chain rule the inner function u (for sin(x^2): applied to sin(x^2), inner x^2).
 */
public record RuleUse(Rule rule, Expression appliedTo, Optional<Expression> inner) {
    public RuleUse {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(appliedTo, "appliedTo");
        Objects.requireNonNull(inner, "inner");
        if (inner.isPresent() != (rule == Rule.CHAIN)) {
            throw new IllegalArgumentException("Requires an inner function exactly for the chain rule.");
        }
    }

    @Override
    public String toString() {
        return rule + " on " + appliedTo.text() + inner.map(u -> " (inner " + u.text() + ")").orElse("");
    }
}
