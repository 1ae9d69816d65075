package org.kobai.math.expr;

import java.util.List;

/** ∇f at one point: every partial derivative's value, or the first reason one has none. */
public final class GradientValue {
    private final List<String> variables;
    private final List<DerivativeValue> partials;

    GradientValue(List<String> variables, List<DerivativeValue> partials) {
        this.variables = List.copyOf(variables);
        this.partials = List.copyOf(partials);
    }

    public List<String> variables() { return variables; }

    /** ∂f/∂vᵢ at the point, in the order of {@link #variables()}. */
    public List<DerivativeValue> partials() { return partials; }

    /** Whether every partial derivative has a value. */
    public boolean isDefined() {
        return partials.stream().allMatch(DerivativeValue::isDefined);
    }

    /**
     * The gradient vector (∂f/∂v₁, …, ∂f/∂vₙ).
     *
     * @throws IllegalStateException with the first note if a component has no value
     */
    public double[] vector() {
        double[] g = new double[partials.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = partials.get(i).value();
        }
        return g;
    }

    /** The first component's reason for having no value; empty when defined. */
    public String note() {
        return partials.stream().filter(p -> !p.isDefined()).map(DerivativeValue::note).findFirst().orElse("");
    }
}
