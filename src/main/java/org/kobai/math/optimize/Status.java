package org.kobai.math.optimize;

/** Where a descent stands or how it ended. */
public enum Status {
    /** Still going: no stopping rule has been met. */
    RUNNING,
    /** |∇f| fell to the tolerance. */
    CONVERGED,
    /** The step limit came first. */
    MAX_STEPS,
    /** The values blew up (a step landed at ±∞, or f or x grew past the blow-up bound, or kept growing). */
    DIVERGED,
    /** A step landed where f or its gradient is not defined. */
    UNDEFINED;

    /** The word used on the command line and in files: running, converged, max-steps, diverged, undefined. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
