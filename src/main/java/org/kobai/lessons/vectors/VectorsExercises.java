package org.kobai.lessons.vectors;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;
import static org.kobai.lesson.exercise.ExerciseNumbers.paren;

import java.util.List;
import java.util.Random;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.Vector;

/**
 * The vectors lesson's exercises: the inner product α·β, the length |α| of a 3-D vector, the cosine
 * similarity of two vectors whose lengths are whole numbers, and the angle between two vectors at a
 * multiple of 45°. The answers come from {@link Vector}; the numbers fit on paper.
 */
final class VectorsExercises {
    private VectorsExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Dot(), new Length(), new Cosine(), new Angle());

    /** 3-D vectors with whole-number lengths: 1² + 2² + 2² = 3², 2² + 3² + 6² = 7², … */
    private static final int[][] WHOLE_LENGTH_3D = {{1, 2, 2}, {2, 3, 6}, {1, 4, 8}, {4, 4, 7}, {2, 6, 9}, {6, 6, 7}};
    /** 2-D vectors of length 5, 10 and 13 (before signs and swapping the components). */
    private static final int[][] LENGTH_FIVE = {{3, 4}, {5, 0}};
    private static final int[][] LONGER = {{3, 4}, {6, 8}, {5, 12}, {5, 0}, {10, 0}};
    /** The eight directions 45° apart, counter-clockwise from the x₁ axis. */
    private static final int[][] COMPASS = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};

    /** Two plane vectors α = (a1, a2), β = (b1, b2). */
    record Pair(int a1, int a2, int b1, int b2) {
        Vector alpha() { return Vector.of(a1, a2); }
        Vector beta() { return Vector.of(b1, b2); }
        String alphaLatex() { return "$\\alpha = (" + a1 + ", " + a2 + ")$"; }
        String betaLatex() { return "$\\beta = (" + b1 + ", " + b2 + ")$"; }

        /** a1·b1 + a2·b2 written out: "2 \cdot (-1) + 1 \cdot 2". */
        String productsLatex() {
            return a1 + " \\cdot " + paren(b1) + " + " + paren(a2) + " \\cdot " + paren(b2);
        }
    }

    private static int[] signedSwapped(Random r, int[] v) {
        boolean swap = r.nextBoolean();
        int x = swap ? v[1] : v[0];
        int y = swap ? v[0] : v[1];
        return new int[] {r.nextBoolean() ? -x : x, r.nextBoolean() ? -y : y};
    }

    /** α·β = a1·b1 + a2·b2. */
    static final class Dot implements ExerciseKind {
        @Override public String id() { return "dot"; }

        Pair problem(long seed) {
            Random r = new Random(seed);
            Pair p;
            do {
                p = new Pair(between(r, -5, 5), between(r, -5, 5), between(r, -5, 5), between(r, -5, 5));
            } while (p.alpha().isZero() || p.beta().isZero());
            return p;
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Pair p = problem(seed);
            double dot = p.alpha().dot(p.beta());
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(dot))
                    .add(t.get("exercise.dot.hint.cross"), p.a1() * p.b2() + p.a2() * p.b1())
                    .add(t.get("exercise.dot.hint.lengths"), p.alpha().length() * p.beta().length())
                    .list();
            return new Exercise(id(), t.format("exercise.dot.prompt", p.alphaLatex(), p.betaLatex()),
                    Answer.of(dot), mistakes, t.get("exercise.dot.hint"),
                    t.format("exercise.dot.solution",
                            "$\\alpha \\cdot \\beta = " + p.productsLatex() + " = " + NumberText.plain(dot) + "$"));
        }
    }

    /** |α| = √(a1² + a2² + a3²) for a 3-D vector whose length is a whole number. */
    static final class Length implements ExerciseKind {
        @Override public String id() { return "length"; }

        int[] problem(long seed) {
            Random r = new Random(seed);
            int[] base = WHOLE_LENGTH_3D[r.nextInt(WHOLE_LENGTH_3D.length)];
            int[] v = new int[3];
            int shift = r.nextInt(3); // rotate the components so the largest is not always last
            for (int i = 0; i < 3; i++) {
                v[i] = base[(i + shift) % 3] * (r.nextBoolean() ? 1 : -1);
            }
            return v;
        }

        @Override
        public Exercise create(long seed, Messages t) {
            int[] v = problem(seed);
            Vector alpha = Vector.of(v[0], v[1], v[2]);
            double length = alpha.length();
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(length))
                    .add(t.get("exercise.length.hint.root"), alpha.lengthSquared())
                    .add(t.get("exercise.length.hint.squares"), Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]))
                    .add(t.get("exercise.length.hint.squares"), v[0] + v[1] + v[2])
                    .list();
            String squares = paren(v[0]) + "^2 + " + paren(v[1]) + "^2 + " + paren(v[2]) + "^2";
            return new Exercise(id(),
                    t.format("exercise.length.prompt", "$\\alpha = (" + v[0] + ", " + v[1] + ", " + v[2] + ")$"),
                    Answer.of(length), mistakes, t.get("exercise.length.hint"),
                    t.format("exercise.length.solution", "$|\\alpha| = \\sqrt{" + squares + "} = \\sqrt{"
                            + NumberText.plain(alpha.lengthSquared()) + "} = " + NumberText.plain(length) + "$"));
        }
    }

    /** A fraction in lowest terms and its value: "\\frac{7}{25} = 0.28", "\\frac{33}{65} \\approx 0.5077". */
    static String exactly(Rational q) {
        double v = q.toDouble();
        if (q.isInteger()) {
            return q.latex();
        }
        boolean shortDecimal = v * 10_000 == Math.rint(v * 10_000);
        return q.latex() + (shortDecimal ? " = " + NumberText.plain(v) : " \\approx " + NumberText.plain(v, 4));
    }

    /** cos θ = α·β / (|α||β|) with |α| = 5 and |β| one of 5, 10, 13. */
    static final class Cosine implements ExerciseKind {
        @Override public String id() { return "cosine"; }

        Pair problem(long seed) {
            Random r = new Random(seed);
            int[] a = signedSwapped(r, LENGTH_FIVE[r.nextInt(LENGTH_FIVE.length)]);
            int[] b = signedSwapped(r, LONGER[r.nextInt(LONGER.length)]);
            return new Pair(a[0], a[1], b[0], b[1]);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Pair p = problem(seed);
            Vector a = p.alpha();
            Vector b = p.beta();
            double cosine = a.cosineSimilarity(b);
            double dot = a.dot(b);
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(cosine))
                    .add(t.get("exercise.cosine.hint.divide"), dot)
                    .add(t.get("exercise.cosine.hint.root"), dot / (a.lengthSquared() * b.lengthSquared()))
                    .add(t.get("exercise.cosine.hint.product"), dot / (a.length() + b.length()))
                    .list();
            String lengths = NumberText.plain(a.length()) + " \\cdot " + NumberText.plain(b.length());
            return new Exercise(id(), t.format("exercise.cosine.prompt", p.alphaLatex(), p.betaLatex()),
                    Answer.of(cosine), mistakes, t.get("exercise.cosine.hint"),
                    t.format("exercise.cosine.solution",
                            "$\\alpha \\cdot \\beta = " + p.productsLatex() + " = " + NumberText.plain(dot) + "$",
                            "$|\\alpha| = " + NumberText.plain(a.length()) + ",\\ |\\beta| = "
                                    + NumberText.plain(b.length()) + "$",
                            "$\\cos\\theta = \\frac{" + NumberText.plain(dot) + "}{" + lengths + "} = "
                                    + exactly(Rational.of(Math.round(dot), Math.round(a.length() * b.length())))
                                    + "$"));
        }
    }

    /** θ in degrees between α and β, two vectors along compass directions 45° apart (never the same one). */
    static final class Angle implements ExerciseKind {
        @Override public String id() { return "angle"; }

        Pair problem(long seed) {
            Random r = new Random(seed);
            int i = r.nextInt(COMPASS.length);
            int j = (i + 1 + r.nextInt(COMPASS.length - 1)) % COMPASS.length;
            int k = between(r, 1, 3);
            int m = between(r, 1, 3);
            return new Pair(k * COMPASS[i][0], k * COMPASS[i][1], m * COMPASS[j][0], m * COMPASS[j][1]);
        }

        @Override
        public Exercise create(long seed, Messages t) {
            Pair p = problem(seed);
            Vector a = p.alpha();
            Vector b = p.beta();
            double degrees = a.angleDegreesTo(b);
            double cosine = a.cosineSimilarity(b);
            List<Exercise.Mistake> mistakes = new Mistakes(Answer.of(degrees))
                    .add(t.get("exercise.angle.hint.supplement"), 180 - degrees)
                    .add(t.get("exercise.angle.hint.radians"), Math.toRadians(degrees))
                    .add(t.get("exercise.angle.hint.cosine"), cosine)
                    .list();
            double dot = a.dot(b);
            return new Exercise(id(), t.format("exercise.angle.prompt", p.alphaLatex(), p.betaLatex()),
                    Answer.of(degrees), mistakes, t.get("exercise.angle.hint"),
                    t.format("exercise.angle.solution",
                            "$\\cos\\theta = \\frac{\\alpha \\cdot \\beta}{|\\alpha||\\beta|} = \\frac{"
                                    + NumberText.plain(dot) + "}{" + rootLatex(a.lengthSquared()) + " \\cdot "
                                    + rootLatex(b.lengthSquared()) + "} = " + cosineLatex(degrees) + "$",
                            "$\\theta = " + NumberText.plain(degrees) + "^\\circ$"));
        }

        /** cos θ exactly for the multiples of 45° two compass directions make: √2/2, 0, −√2/2 or −1. */
        static String cosineLatex(double degrees) {
            return switch ((int) Math.round(degrees)) {
                case 45 -> "\\frac{\\sqrt{2}}{2}";
                case 90 -> "0";
                case 135 -> "-\\frac{\\sqrt{2}}{2}";
                case 180 -> "-1";
                default -> throw new IllegalArgumentException("Not an angle between compass directions: " + degrees);
            };
        }

        /** √n, or n's root itself when n is a square: 4 → 2, 8 → \sqrt{8}. */
        private static String rootLatex(double n) {
            long root = Math.round(Math.sqrt(n));
            return root * root == Math.round(n) ? Long.toString(root) : "\\sqrt{" + NumberText.plain(n) + "}";
        }
    }
}
