package org.kobai.lessons.descent;

import org.kobai.math.optimize.Optimizer;

/** The optimizers compared on one surface, each drawn in its own colour. */
public enum Method {
    GRADIENT_DESCENT, MOMENTUM, ADAM;

    /** The optimizer, momentum with the lesson's β. */
    public Optimizer optimizer(double beta) {
        return switch (this) {
            case GRADIENT_DESCENT -> Optimizer.gradientDescent();
            case MOMENTUM -> new Optimizer.Momentum(beta);
            case ADAM -> Optimizer.adam();
        };
    }

    public String messageKey() {
        return "method." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
