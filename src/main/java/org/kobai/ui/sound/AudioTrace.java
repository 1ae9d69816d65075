package org.kobai.ui.sound;

/**
 * What a cursor moving along a sampled curve sounds like, as screen-reader users know it from graphing
 * calculators: the pitch follows y over the plotted range (low y low, high y high, two octaves from
 * {@value #LOW_HZ} Hz), a click marks a step on which y changed sign, and a step that went past a local
 * minimum or maximum sounds in another timbre. Pure arithmetic, no sound device.
 */
public final class AudioTrace {
    /** The pitch of the bottom of the plotted range (A3). */
    public static final double LOW_HZ = 220;
    /** The pitch of the top of the plotted range (A5). */
    public static final double HIGH_HZ = 880;

    private final double yMin;
    private final double yMax;

    /**
     * @param yMin the bottom of the plotted y range
     * @param yMax the top; finite and above {@code yMin}
     */
    public AudioTrace(double yMin, double yMax) {
        if (!(yMin < yMax && Double.isFinite(yMax - yMin))) {
            throw new IllegalArgumentException("Requires a finite y range with yMin < yMax.");
        }
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /**
     * The pitch for y: f = LOW · (HIGH / LOW)^t with t = (y − yMin) / (yMax − yMin) clamped to [0, 1], so equal
     * steps in y are equal musical intervals. Null for a y that is not a number (a gap in the curve).
     */
    public Double frequency(double y) {
        if (!Double.isFinite(y)) {
            return null;
        }
        double t = Math.max(0, Math.min(1, (y - yMin) / (yMax - yMin)));
        return LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, t);
    }

    /**
     * The tone for a cursor that moved from sample {@code from} to sample {@code to} of the curve (either
     * way); null when y at {@code to} is not a number.
     */
    public Tone step(double[] y, int from, int to) {
        Double f = frequency(y[to]);
        if (f == null) {
            return null;
        }
        boolean click = from != to && crossesZero(y, from, to);
        boolean turned = from != to && passesExtremum(y, from, to);
        return new Tone(f, turned ? Tone.Timbre.PAST_EXTREMUM : Tone.Timbre.PLAIN, click);
    }

    /**
     * Whether y changes sign on the way from sample {@code from} to {@code to}: some sample is positive where
     * an earlier one (in the direction of travel) was negative, or the reverse, or the way ends on y = 0
     * coming from a non-zero value. Samples that are not numbers are skipped.
     */
    public static boolean crossesZero(double[] y, int from, int to) {
        int dir = Integer.signum(to - from);
        double lastSign = Double.NaN;
        for (int i = from; ; i += dir) {
            if (Double.isFinite(y[i])) {
                double s = Math.signum(y[i]);
                if (!Double.isNaN(lastSign) && lastSign != 0 && s != lastSign) {
                    return true;
                }
                lastSign = s;
            }
            if (i == to || dir == 0) {
                return false;
            }
        }
    }

    /**
     * Whether the cursor reached or went past a local extremum on its way from sample {@code from} to
     * {@code to}: some sample k in (from, to] (in the direction of travel) is a local minimum or maximum.
     */
    public static boolean passesExtremum(double[] y, int from, int to) {
        int dir = Integer.signum(to - from);
        for (int k = from + dir; dir != 0; k += dir) {
            if (isExtremum(y, k)) {
                return true;
            }
            if (k == to) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether sample k is a local minimum or maximum: the curve rises towards it from one side and falls away
     * on the other, looking past equal neighbours (a flat top counts at each of its samples) and stopping at
     * gaps (samples that are not numbers) and at the ends.
     */
    public static boolean isExtremum(double[] y, int k) {
        if (k <= 0 || k >= y.length - 1 || !Double.isFinite(y[k])) {
            return false;
        }
        int left = slopeToward(y, k, -1);
        int right = slopeToward(y, k, +1);
        return left != 0 && left == right;
    }

    /** The sign of y[k] − y[j] for the nearest j on the given side whose value differs; 0 if none. */
    private static int slopeToward(double[] y, int k, int side) {
        for (int j = k + side; j >= 0 && j < y.length; j += side) {
            if (!Double.isFinite(y[j])) {
                return 0;
            }
            if (y[j] != y[k]) {
                return (int) Math.signum(y[k] - y[j]);
            }
        }
        return 0;
    }
}
