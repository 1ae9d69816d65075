package org.kobai.lesson;

/**
 * The angle a 3-D surface is seen from, as the learner turned it: the eye's direction (theta around the
 * vertical, phi from it, in radians) and the picture's roll about the line of sight. Kept by the lesson so
 * a scene, an export and a second figure of the same lesson show the surface as it was turned. The
 * distance is not part of it: each viewer fits the box to its own size.
 */
public record SurfaceAngle(double theta, double phi, double roll) {
    public SurfaceAngle {
        if (!(Double.isFinite(theta) && Double.isFinite(phi) && Double.isFinite(roll))) {
            throw new IllegalArgumentException("Requires finite angles.");
        }
    }

    /** "theta, phi, roll" in radians, each written so that {@link #parse} reads it back exactly. */
    public String text() {
        return theta + ", " + phi + ", " + roll;
    }

    /**
     * Reads what {@link #text} wrote.
     *
     * @throws IllegalArgumentException unless the text is three finite numbers separated by commas
     */
    public static SurfaceAngle parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Requires three angles, not '" + text + "'.");
        }
        double[] a = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                a[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an angle: '" + parts[i].strip() + "'.", e);
            }
        }
        return new SurfaceAngle(a[0], a[1], a[2]);
    }
}
