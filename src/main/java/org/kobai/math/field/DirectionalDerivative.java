package org.kobai.math.field;

/**
 * The rate of change of f in a direction: for the unit vector u = (cos θ, sin θ),
 * D_u f = ∇f·u = ∂f/∂x₁ cos θ + ∂f/∂x₂ sin θ = |∇f| cos(θ − φ), where φ is the direction of ∇f. It is
 * largest, |∇f|, along ∇f (steepest ascent), −|∇f| along −∇f, and 0 along the level curve, whose tangent
 * is perpendicular to ∇f.
 */
public final class DirectionalDerivative {
    private DirectionalDerivative() {}

    /**
     * D_u f = ∇f·u with u = (cos θ, sin θ).
     *
     * @param gradient (∂f/∂x₁, ∂f/∂x₂) at the point
     * @param angle    θ in radians, measured from the x₁ axis towards the x₂ axis
     * @throws IllegalArgumentException unless the gradient has two components
     */
    public static double along(double[] gradient, double angle) {
        requirePlane(gradient);
        return gradient[0] * Math.cos(angle) + gradient[1] * Math.sin(angle);
    }

    /** The unit vector u = (cos θ, sin θ). */
    public static double[] unit(double angle) {
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    /**
     * φ in [0, 2π), the direction of ∇f, where D_u f is largest; NaN when ∇f = 0 (every direction gives 0).
     *
     * @throws IllegalArgumentException unless the gradient has two components
     */
    public static double steepestAngle(double[] gradient) {
        requirePlane(gradient);
        if (gradient[0] == 0 && gradient[1] == 0) {
            return Double.NaN;
        }
        double phi = Math.atan2(gradient[1], gradient[0]);
        return phi < 0 ? phi + 2 * Math.PI : phi;
    }

    /**
     * The largest directional derivative, |∇f| = √((∂f/∂x₁)² + (∂f/∂x₂)²).
     *
     * @throws IllegalArgumentException unless the gradient has two components
     */
    public static double largest(double[] gradient) {
        requirePlane(gradient);
        return Math.hypot(gradient[0], gradient[1]);
    }

    /**
     * The direction of the level curve's tangent, φ + π/2 in [0, 2π): along it D_u f = 0. NaN when ∇f = 0.
     */
    public static double levelTangentAngle(double[] gradient) {
        double phi = steepestAngle(gradient);
        return Double.isNaN(phi) ? Double.NaN : (phi + Math.PI / 2) % (2 * Math.PI);
    }

    private static void requirePlane(double[] gradient) {
        if (gradient.length != 2) {
            throw new IllegalArgumentException("Requires a gradient with two components, got " + gradient.length + ".");
        }
    }
}
