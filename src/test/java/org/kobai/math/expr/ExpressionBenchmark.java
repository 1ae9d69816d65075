package org.kobai.math.expr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.kobai.math.Curve;
import org.kobai.math.Grid2D;

/**
 * How fast typed functions evaluate when a lesson redraws: a 1000-point curve and a 200 × 200 grid, each
 * through the compiled evaluator (as {@link Curve#sample} and {@link Grid2D#sample} use it) and, for
 * comparison, by walking the tree. Not a unit test: run it by hand and copy the table into
 * docs/benchmarks-expressions.md.
 *
 * <pre>
 * mvn -q -Dbuild.dir=target-expr test-compile
 * java -cp target-expr/classes:target-expr/test-classes org.kobai.math.expr.ExpressionBenchmark
 * </pre>
 */
public final class ExpressionBenchmark {
    private static final int CURVE_POINTS = 1000, GRID_SIDE = 200;
    private static final int WARM_UP = 300, RUNS = 300;

    private ExpressionBenchmark() {}

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Java %s, %s, %d cores%n%n", System.getProperty("java.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
        System.out.println("| function | nodes | curve 1000 pts: compiled | per point | tree walk | per point |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String typed : List.of("x^2", "sin(x^2) + 0.5x^3 - exp(-x)", "exp(-x^2/2)/sqrt(2pi)",
                "2x cos(x^2) + 1.5x^2 + exp(-x)", "1/(1 + exp(-x))")) {
            curve(typed);
        }
        System.out.println();
        System.out.println("| function | nodes | grid 200×200: compiled | per point | tree walk | per point |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String typed : List.of("x^2 + y^2", "x^2 + 2x y - y^2", "sin(x) cos(y) + 0.1(x^2 + y^2)",
                "exp(-(x^2 + y^2)/2) (1 + x y)")) {
            grid(typed);
        }
    }

    private static void curve(String typed) {
        Expression e = Expression.parse(typed);
        DoubleUnaryOperator compiled = e.compile(List.of("x")).asUnaryOperator();
        Map<String, Double> point = new HashMap<>();
        DoubleUnaryOperator walked = x -> {
            point.put("x", x);
            return e.valueAt(point);
        };
        double fast = median(() -> sink(Curve.sample(compiled, -3, 3, CURVE_POINTS).y()));
        double slow = median(() -> sink(Curve.sample(walked, -3, 3, CURVE_POINTS).y()));
        row(typed, e, fast, slow, CURVE_POINTS);
    }

    private static void grid(String typed) {
        Expression e = Expression.parse(typed);
        DoubleBinaryOperator compiled = e.compile(List.of("x", "y")).asBinaryOperator();
        Map<String, Double> point = new HashMap<>();
        DoubleBinaryOperator walked = (x, y) -> {
            point.put("x", x);
            point.put("y", y);
            return e.valueAt(point);
        };
        double fast = median(() -> sink(Grid2D.sample(compiled, -3, 3, GRID_SIDE, -3, 3, GRID_SIDE).max()));
        double slow = median(() -> sink(Grid2D.sample(walked, -3, 3, GRID_SIDE, -3, 3, GRID_SIDE).max()));
        row(typed, e, fast, slow, GRID_SIDE * GRID_SIDE);
    }

    private static void row(String typed, Expression e, double fastNs, double slowNs, int points) {
        System.out.printf(Locale.ROOT, "| `%s` | %d | %.3f ms | %.1f ns | %.3f ms | %.1f ns |%n", typed, nodes(e),
                fastNs / 1e6, fastNs / points, slowNs / 1e6, slowNs / points);
    }

    private static double sinkValue;

    private static void sink(double[] ys) {
        sinkValue += ys[ys.length / 2];
    }

    private static void sink(double v) {
        sinkValue += v;
    }

    /** Median wall time of one run, in nanoseconds, after warming up. */
    private static double median(Runnable run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static int nodes(Expression e) {
        if (e instanceof Expression.Neg n) {
            return 1 + nodes(n.operand());
        } else if (e instanceof Expression.Call c) {
            return 1 + nodes(c.argument());
        } else if (e instanceof Expression.Binary b) {
            return 1 + nodes(b.left()) + nodes(b.right());
        }
        return 1;
    }
}
