package org.kobai.lessons.bayes;

import static org.kobai.lesson.exercise.ExerciseNumbers.between;

import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import org.kobai.lesson.Messages;
import org.kobai.lesson.exercise.Answer;
import org.kobai.lesson.exercise.Exercise;
import org.kobai.lesson.exercise.ExerciseKind;
import org.kobai.lesson.exercise.Mistakes;
import org.kobai.math.NumberText;
import org.kobai.math.probability.BayesUpdate;
import org.kobai.math.probability.DiceEvent;
import org.kobai.math.probability.Fraction;

/**
 * The conditional-probability lesson's exercises: P(A∩B) and P(B|A) for two events on two dice (exact
 * fractions, found by counting the 36 outcomes), and a posterior by Bayes' theorem from a prior, a
 * likelihood and a false-alarm rate.
 */
final class BayesExercises {
    private BayesExercises() {}

    static final List<ExerciseKind> ALL = List.of(new Joint(), new Conditional(), new Posterior());

    /** What an event on two dice says, with the number k some of them need. */
    enum Kind {
        FIRST_EVEN, FIRST_MULTIPLE_OF_THREE, FIRST_AT_MOST, SECOND_ODD, SECOND_AT_LEAST, SUM_IS, SUM_AT_LEAST, DOUBLES;

        /** The bundle key of the words for this event. */
        String key() {
            return "exercise.event." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    /** An event such as "the sum is 7", as words and as the set of outcomes. */
    record Condition(Kind kind, int k) {
        BiPredicate<Integer, Integer> test() {
            return switch (kind) {
                case FIRST_EVEN -> (f, s) -> f % 2 == 0;
                case FIRST_MULTIPLE_OF_THREE -> (f, s) -> f % 3 == 0;
                case FIRST_AT_MOST -> (f, s) -> f <= k;
                case SECOND_ODD -> (f, s) -> s % 2 == 1;
                case SECOND_AT_LEAST -> (f, s) -> s >= k;
                case SUM_IS -> (f, s) -> f + s == k;
                case SUM_AT_LEAST -> (f, s) -> f + s >= k;
                case DOUBLES -> (f, s) -> f.equals(s);
            };
        }

        DiceEvent event() { return DiceEvent.where(test()); }

        String words(Messages t) { return t.format(kind.key(), Integer.toString(k)); }

        static Condition draw(Random r) {
            Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
            int k = switch (kind) {
                case FIRST_AT_MOST, SECOND_AT_LEAST -> between(r, 2, 5);
                case SUM_IS -> between(r, 4, 10);
                case SUM_AT_LEAST -> between(r, 7, 11);
                default -> 0;
            };
            return new Condition(kind, k);
        }
    }

    /** Two different events A and B that share at least one outcome. */
    record DicePair(Condition a, Condition b) {
        static DicePair draw(Random r) {
            while (true) {
                Condition a = Condition.draw(r);
                Condition b = Condition.draw(r);
                if (a.kind() != b.kind() && !a.event().and(b.event()).isEmpty()) {
                    return new DicePair(a, b);
                }
            }
        }

        String prompt(Messages t) {
            return t.format("exercise.dice.events", a.words(t), b.words(t));
        }
    }

    /** P(A∩B) by counting: slips are P(A)·P(B) for dependent events, P(A) + P(B), and P(A∪B). */
    static final class Joint implements ExerciseKind {
        @Override public String id() { return "joint"; }

        DicePair problem(long seed) { return DicePair.draw(new Random(seed)); }

        @Override
        public Exercise create(long seed, Messages t) {
            DicePair p = problem(seed);
            DiceEvent a = p.a().event(), b = p.b().event(), both = a.and(b);
            Fraction joint = both.probability();
            Answer answer = Answer.of(joint.doubleValue());
            double pa = a.probability().doubleValue(), pb = b.probability().doubleValue();
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.joint.hint.product"), pa * pb)
                    .add(t.get("exercise.joint.hint.sum"), pa + pb)
                    .add(t.get("exercise.joint.hint.union"), pa + pb - joint.doubleValue())
                    .list();
            return new Exercise(id(),
                    t.format("exercise.joint.prompt", p.prompt(t), "$P(A \\cap B)$"),
                    answer, mistakes, t.get("exercise.joint.hint"),
                    t.format("exercise.joint.solution", "$|A| = " + a.size() + "$", "$|B| = " + b.size() + "$",
                            "$|A \\cap B| = " + both.size() + "$",
                            "$P(A \\cap B) = \\frac{" + both.size() + "}{36}" + reduced(joint, both.size(), 36) + "$"));
        }
    }

    /** P(B|A) = |A∩B|/|A|: slips are P(A|B), P(A∩B) and P(B). */
    static final class Conditional implements ExerciseKind {
        @Override public String id() { return "conditional"; }

        DicePair problem(long seed) { return DicePair.draw(new Random(seed)); }

        @Override
        public Exercise create(long seed, Messages t) {
            DicePair p = problem(seed);
            DiceEvent a = p.a().event(), b = p.b().event(), both = a.and(b);
            Fraction given = DiceEvent.conditional(b, a);
            Answer answer = Answer.of(given.doubleValue());
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.conditional.hint.swapped"), DiceEvent.conditional(a, b).doubleValue())
                    .add(t.get("exercise.conditional.hint.joint"), both.probability().doubleValue())
                    .add(t.get("exercise.conditional.hint.unconditional"), b.probability().doubleValue())
                    .list();
            return new Exercise(id(),
                    t.format("exercise.conditional.prompt", p.prompt(t), "$P(B \\mid A)$"),
                    answer, mistakes, t.get("exercise.conditional.hint"),
                    t.format("exercise.conditional.solution", "$|A| = " + a.size() + "$",
                            "$|A \\cap B| = " + both.size() + "$",
                            "$P(B \\mid A) = \\frac{|A \\cap B|}{|A|} = \\frac{" + both.size() + "}{" + a.size() + "}"
                                    + reduced(given, both.size(), a.size()) + "$"));
        }
    }

    /** A prior, a likelihood and a false-alarm rate, in whole percent, and the story they are told in. */
    record BayesProblem(int priorPercent, int likelihoodPercent, int falseAlarmPercent, boolean spam) {
        BayesUpdate update() {
            return new BayesUpdate(priorPercent / 100.0, likelihoodPercent / 100.0, falseAlarmPercent / 100.0);
        }
    }

    /**
     * P(A|B) = P(A)P(B|A) / (P(A)P(B|A) + P(¬A)P(B|¬A)): slips are answering the likelihood P(B|A),
     * forgetting the prior, and stopping at the numerator.
     */
    static final class Posterior implements ExerciseKind {
        @Override public String id() { return "posterior"; }

        private static final int[] PRIORS = {1, 2, 5, 10, 20, 25, 30, 40, 50};
        private static final int[] LIKELIHOODS = {60, 70, 75, 80, 90, 95, 99};
        private static final int[] FALSE_ALARMS = {1, 2, 5, 10, 15, 20};
        /** Three significant figures, as a student rounds a quotient: up to half a unit in the third digit. */
        static final double TOLERANCE = 5e-3;

        BayesProblem problem(long seed) {
            Random r = new Random(seed);
            return new BayesProblem(PRIORS[r.nextInt(PRIORS.length)], LIKELIHOODS[r.nextInt(LIKELIHOODS.length)],
                    FALSE_ALARMS[r.nextInt(FALSE_ALARMS.length)], r.nextBoolean());
        }

        @Override
        public Exercise create(long seed, Messages t) {
            BayesProblem p = problem(seed);
            BayesUpdate u = p.update();
            double posterior = u.posterior();
            Answer answer = new Answer(new double[] {posterior}, TOLERANCE);
            List<Exercise.Mistake> mistakes = new Mistakes(answer)
                    .add(t.get("exercise.posterior.hint.likelihood"), u.likelihood())
                    .add(t.get("exercise.posterior.hint.prior"), u.likelihood() / (u.likelihood() + u.falseAlarm()))
                    .add(t.get("exercise.posterior.hint.evidence"), u.jointWithWord())
                    .add(t.get("exercise.posterior.hint.complement"), 1 - u.falseAlarm())
                    .list();
            String story = p.spam() ? "spam" : "test";
            String ratio = "\\frac{" + NumberText.plain(u.jointWithWord()) + "}{" + NumberText.plain(u.jointWithWord())
                    + " + " + NumberText.plain(u.otherWithWord()) + "}";
            return new Exercise(id(),
                    t.format("exercise.posterior.prompt." + story, p.priorPercent(), p.likelihoodPercent(),
                            p.falseAlarmPercent()),
                    answer, mistakes, t.get("exercise.posterior.hint"),
                    t.format("exercise.posterior.solution",
                            "$P(A)P(B \\mid A) = " + NumberText.plain(u.prior()) + " \\times " + NumberText.plain(u.likelihood())
                                    + " = " + NumberText.plain(u.jointWithWord()) + "$",
                            "$P(\\neg A)P(B \\mid \\neg A) = " + NumberText.plain(1 - u.prior()) + " \\times "
                                    + NumberText.plain(u.falseAlarm()) + " = " + NumberText.plain(u.otherWithWord()) + "$",
                            "$P(A \\mid B) = " + ratio + " \\approx " + NumberText.plain(posterior, 3) + "$"));
        }
    }

    /** " = \frac{1}{9}" when the counted fraction reduces, else nothing. */
    private static String reduced(Fraction f, int numerator, int denominator) {
        return f.numerator() == numerator && f.denominator() == denominator ? "" : " = " + f.latex();
    }
}
