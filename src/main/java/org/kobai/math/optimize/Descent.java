package org.kobai.math.optimize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One descent in progress, step by step: x_{k+1} from x_k by the optimizer's rule with a learning rate
 * given per step, so the rate may change while the run goes on. Not thread-safe; for a whole run at once
 * use {@link #run(Objective, double[], Optimizer, LearningRateSchedule, double, StoppingRule)}.
 *
 * <p>The run stops ({@link #status()} no longer {@link Status#RUNNING}) when |∇f(x_k)| ≤ tolerance
 * (converged), after the last allowed step (max-steps), when the values blow up or a step lands at ±∞
 * (diverged), or when a step lands where f or ∇f is not defined (undefined). A run that reaches its step
 * limit with f above f(x₀) and rising peak over peak in each of its last three windows also counts as
 * diverged: it is moving away, only slowly.
 */
public final class Descent {
    private final Objective objective;
    private final Optimizer.Stepper stepper;
    private final StoppingRule rule;
    private final List<Iterate> path = new ArrayList<>();
    private final double valueBound;
    private final double distanceBound;
    private final double[] start;
    private Status status = Status.RUNNING;

    /**
     * Starts at x₀; f(x₀) and ∇f(x₀) are evaluated at once.
     *
     * @throws IllegalArgumentException unless x₀ has one finite value per variable
     */
    public Descent(Objective objective, double[] start, Optimizer optimizer, StoppingRule rule) {
        if (start.length != objective.dimension()) {
            throw new IllegalArgumentException("Requires a start point with " + objective.dimension()
                    + " coordinate(s), got " + start.length + ".");
        }
        for (double c : start) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("Requires a finite start point.");
            }
        }
        this.objective = objective;
        this.stepper = optimizer.start(objective.dimension());
        this.rule = rule;
        this.start = start.clone();
        double f0 = objective.valueAt(start);
        double[] g0 = objective.gradientAt(start);
        this.valueBound = rule.blowUp() * Math.max(1, Math.abs(f0));
        this.distanceBound = rule.blowUp() * Math.max(1, Iterate.norm(start));
        if (!Double.isFinite(f0) || !allFinite(g0)) {
            status = Status.UNDEFINED;
            return;
        }
        path.add(new Iterate(0, start, f0, g0, Double.NaN));
        if (Iterate.norm(g0) <= rule.tolerance()) {
            status = Status.CONVERGED;
        } else if (rule.maxSteps() == 0) {
            status = Status.MAX_STEPS;
        }
    }

    /**
     * A whole run: step k uses η_k = schedule.rate(η, k).
     *
     * @throws IllegalArgumentException if the start point is not usable or f is not defined there
     */
    public static Run run(Objective objective, double[] start, Optimizer optimizer, LearningRateSchedule schedule,
            double learningRate, StoppingRule rule) {
        Descent d = new Descent(objective, start, optimizer, rule);
        if (d.path.isEmpty()) {
            throw new IllegalArgumentException("f or its gradient is not defined at the start point.");
        }
        while (d.status == Status.RUNNING) {
            d.step(schedule.rate(learningRate, d.steps()));
        }
        return d.result();
    }

    public Status status() { return status; }

    public boolean isRunning() { return status == Status.RUNNING; }

    /** K, the number of steps taken so far. */
    public int steps() { return Math.max(0, path.size() - 1); }

    /** The iterates so far, x₀ first; empty only when f is not defined at the start. */
    public List<Iterate> path() { return Collections.unmodifiableList(path); }

    /** The last point reached. */
    public Iterate current() { return path.get(path.size() - 1); }

    /** The path so far and the status, as an immutable run. */
    public Run result() { return new Run(path, status); }

    /**
     * Takes one step with learning rate η and returns the status after it; does nothing once stopped.
     *
     * @throws IllegalArgumentException unless η is finite and ≥ 0
     */
    public Status step(double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("Requires a finite learning rate >= 0.");
        }
        if (status != Status.RUNNING) {
            return status;
        }
        Iterate now = current();
        double[] next = stepper.step(now.point(), now.gradient(), learningRate);
        if (!allFinite(next)) {
            return status = Status.DIVERGED;
        }
        double f = objective.valueAt(next);
        if (Double.isInfinite(f)) {
            return status = Status.DIVERGED;
        }
        double[] g = objective.gradientAt(next);
        if (Double.isNaN(f) || !allFinite(g)) {
            return status = farAway(next) ? Status.DIVERGED : Status.UNDEFINED;
        }
        path.add(new Iterate(path.size(), next, f, g, learningRate));
        if (Math.abs(f) > valueBound || farAway(next)) {
            status = Status.DIVERGED;
        } else if (Iterate.norm(g) <= rule.tolerance()) {
            status = Status.CONVERGED;
        } else if (steps() >= rule.maxSteps()) {
            status = growing() ? Status.DIVERGED : Status.MAX_STEPS;
        }
        return status;
    }

    private boolean farAway(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - start[i];
            s += d * d;
        }
        return Math.sqrt(s) > distanceBound;
    }

    /** f above f(x₀) at the end, and the peak of f rising over each of the last three windows. */
    private boolean growing() {
        int window = Math.min(50, steps() / 6);
        if (window < 3) {
            return false;
        }
        int n = path.size();
        double first = peak(n - 3 * window, n - 2 * window);
        double second = peak(n - 2 * window, n - window);
        double third = peak(n - window, n);
        return third > path.get(0).value() && rises(first, second) && rises(second, third);
    }

    private static boolean rises(double from, double to) {
        return to - from > 1e-12 * Math.max(1, Math.abs(from));
    }

    private double peak(int from, int to) {
        double p = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            p = Math.max(p, path.get(k).value());
        }
        return p;
    }

    private static boolean allFinite(double[] v) {
        for (double c : v) {
            if (!Double.isFinite(c)) {
                return false;
            }
        }
        return true;
    }
}
