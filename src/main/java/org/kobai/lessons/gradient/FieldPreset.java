package org.kobai.lessons.gradient;

/** Vector fields and maps worth looking at, each as its two components in x1 and x2. */
public enum FieldPreset {
    /** (−x2, x1): turns around the origin; ∇·F = 0, ∇×F = 2. */
    ROTATION("-x2", "x1"),
    /** (x1, x2): flows out of the origin; ∇·F = 2, ∇×F = 0. */
    SOURCE("x1", "x2"),
    /** (x2, 0): layers sliding past each other; ∇·F = 0, ∇×F = −1. */
    SHEAR("x2", "0"),
    /** (x1, −x2): in along x2, out along x1; ∇·F = 0, ∇×F = 0. */
    SADDLE("x1", "-x2"),
    /** (x1 − x2, x1 + x2): a source and a rotation at once; ∇·F = 2, ∇×F = 2. */
    SPIRAL("x1 - x2", "x1 + x2"),
    /** ∇f of article 001's f = x1² + 2x1x2 − x2²: a gradient field, so ∇×F = 0. */
    GRADIENT("2x1 + 2x2", "2x1 - 2x2"),
    /** (−x2, x1)/(x1² + x2²): circles the origin, yet ∇×F = 0 everywhere else. */
    VORTEX("-x2/(x1^2 + x2^2)", "x1/(x1^2 + x2^2)"),
    /** (x1² − x2², 2x1x2): squaring as a complex number; J turns and stretches. */
    SQUARE("x1^2 - x2^2", "2x1 x2"),
    /** (x1 cos x2, x1 sin x2): polar coordinates (r, θ) to (x, y); det J = x1. */
    POLAR("x1 cos(x2)", "x1 sin(x2)"),
    /** (2x1 + x2, x1 + x2): a linear map, equal to its own linear approximation. */
    LINEAR("2x1 + x2", "x1 + x2");

    private final String first;
    private final String second;

    FieldPreset(String first, String second) {
        this.first = first;
        this.second = second;
    }

    /** F1 as typed. */
    public String first() { return first; }

    /** F2 as typed. */
    public String second() { return second; }

    /** The key of its name in the lesson's text. */
    public String key() { return "preset." + name().toLowerCase(java.util.Locale.ROOT); }
}
