package org.kobai.lessons.descent;

import org.kobai.math.optimize.QuadraticBowl;

/** The surfaces the lesson offers, each with the window it is drawn in and a start that shows it well. */
public enum Preset {
    /** Article 000's example z = x² + y². */
    BOWL("x^2 + y^2", QuadraticBowl.of(1, 1), -5, 5, -5, 5, 3, 4),
    /** A bowl ten times steeper along y: plain descent zigzags. */
    ELONGATED("x^2 + 10y^2", QuadraticBowl.of(1, 10), -5, 5, -3, 3, -4, 2),
    /** Rosenbrock's banana valley, minimum 0 at (1, 1). */
    ROSENBROCK("(1 - x)^2 + 100(y - x^2)^2", null, -2, 2, -1, 3, -1.5, 2),
    /** A saddle: down along y, up along x; no minimum. */
    SADDLE("x^2 - y^2", null, -3, 3, -3, 3, 2.5, 0.1),
    /** Two minima at (±1, 0) with a ridge between them. */
    TWO_MINIMA("(x^2 - 1)^2 + y^2", null, -2, 2, -2, 2, 0.2, 1.5),
    /** The learner's own f(x, y). */
    TYPED(null, null, -5, 5, -5, 5, 3, 4);

    private final String function;
    private final QuadraticBowl bowl;
    final double xMin, xMax, yMin, yMax, startX, startY;

    Preset(String function, QuadraticBowl bowl, double xMin, double xMax, double yMin, double yMax,
            double startX, double startY) {
        this.function = function;
        this.bowl = bowl;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.startX = startX;
        this.startY = startY;
    }

    /** The function as typed; null for {@link #TYPED}. */
    public String function() { return function; }

    /** The bowl as a {@link QuadraticBowl} when it is one (for 2/L and the regime map); otherwise null. */
    public QuadraticBowl bowl() { return bowl; }

    /** The key of its name in the lesson's bundle. */
    public String messageKey() {
        return "preset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
