package org.kobai.lessons.bayes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.StateProblem;
import org.kobai.math.probability.BayesUpdate;
import org.kobai.math.probability.DiceEvent;
import org.kobai.math.probability.Fraction;
import org.kobai.math.probability.NaiveBayes;

/**
 * Joint and conditional probability on two dice (article 000: A = the first die shows a multiple of 3,
 * B = the second die is odd, P(A∩B) = 1/6), the multiplication theorem P(A∩B) = P(A)P(B|A) = P(B)P(A|B),
 * and Bayes' theorem for a spam filter, P(spam|word) = P(spam)P(word|spam)/P(word), updated on several
 * words in turn (naive Bayes).
 */
public final class BayesModel extends LessonModel {
    public static final int STEP_JOINT = 0;
    public static final int STEP_CONDITIONAL = 1;
    public static final int STEP_BAYES = 2;
    public static final int STEP_WORDS = 3;

    /** Which event a click on the grid edits. */
    public enum Editing { A, B }

    /** Words a mail may contain, with P(word|spam) and P(word|not spam): invented but plausible rates. */
    static final List<NaiveBayes.Word> WORDS = List.of(
            new NaiveBayes.Word("free", 0.6, 0.05),
            new NaiveBayes.Word("winner", 0.3, 0.01),
            new NaiveBayes.Word("meeting", 0.05, 0.25),
            new NaiveBayes.Word("offer", 0.5, 0.1));

    private final Parameter prior = parameter("prior", 0, 1, 0.3, 0.01);
    private final Parameter likelihood = parameter("likelihood", 0, 1, 0.8, 0.01);
    private final Parameter falseAlarm = parameter("falseAlarm", 0, 1, 0.1, 0.01);
    private final ObjectProperty<DiceEvent> eventA = new SimpleObjectProperty<>(this, "A", DiceEvent.firstDieMultipleOfThree());
    private final ObjectProperty<DiceEvent> eventB = new SimpleObjectProperty<>(this, "B", DiceEvent.secondDieOdd());
    private final ObjectProperty<Editing> editing = new SimpleObjectProperty<>(this, "editing", Editing.A);
    private final List<BooleanProperty> present = new ArrayList<>();

    public BayesModel() {
        super(4);
        for (NaiveBayes.Word w : WORDS) {
            present.add(new SimpleBooleanProperty(this, w.word(), !w.word().equals("meeting")));
        }
    }

    public Parameter prior() { return prior; }
    public Parameter likelihood() { return likelihood; }
    public Parameter falseAlarm() { return falseAlarm; }
    public ObjectProperty<DiceEvent> eventAProperty() { return eventA; }
    public ObjectProperty<DiceEvent> eventBProperty() { return eventB; }
    public DiceEvent a() { return eventA.get(); }
    public DiceEvent b() { return eventB.get(); }
    public ObjectProperty<Editing> editingProperty() { return editing; }

    /** Whether word i occurs in the mail. */
    public BooleanProperty present(int i) { return present.get(i); }

    /** The article's events: A = first die a multiple of 3, B = second die odd. */
    public void articleEvents() {
        eventA.set(DiceEvent.firstDieMultipleOfThree());
        eventB.set(DiceEvent.secondDieOdd());
    }

    /** Adds or removes the outcome (first, second) in the event being edited. */
    public void toggle(int first, int second) {
        ObjectProperty<DiceEvent> target = editing.get() == Editing.A ? eventA : eventB;
        target.set(target.get().toggle(first, second));
    }

    public void clearEvent() {
        (editing.get() == Editing.A ? eventA : eventB).set(DiceEvent.none());
    }

    /** P(A∩B). */
    public Fraction joint() { return a().and(b()).probability(); }

    /** P(B|A), empty when P(A) = 0. */
    public Optional<Fraction> bGivenA() {
        return a().isEmpty() ? Optional.empty() : Optional.of(DiceEvent.conditional(b(), a()));
    }

    /** P(A|B), empty when P(B) = 0. */
    public Optional<Fraction> aGivenB() {
        return b().isEmpty() ? Optional.empty() : Optional.of(DiceEvent.conditional(a(), b()));
    }

    public boolean independent() { return DiceEvent.independent(a(), b()); }

    /** Bayes' theorem with the sliders' values, empty when P(word) = 0 (the word never occurs). */
    public Optional<BayesUpdate> bayes() {
        double p = prior.get(), l = likelihood.get(), f = falseAlarm.get();
        if (p * l + (1 - p) * f == 0) {
            return Optional.empty();
        }
        return Optional.of(new BayesUpdate(p, l, f));
    }

    /** The words present, in order. */
    public List<NaiveBayes.Word> wordsPresent() {
        List<NaiveBayes.Word> out = new ArrayList<>();
        for (int i = 0; i < WORDS.size(); i++) {
            if (present.get(i).get()) {
                out.add(WORDS.get(i));
            }
        }
        return out;
    }

    /**
     * The prior followed by the posterior after each present word; empty when some word cannot occur
     * given the ones before (P(word) = 0), which only happens at a prior of exactly 0 or 1.
     */
    public Optional<double[]> posteriorPath() {
        List<NaiveBayes.Word> words = wordsPresent();
        double[] path = new double[words.size() + 1];
        path[0] = prior.get();
        try {
            double[] after = NaiveBayes.posteriors(prior.get(), words);
            System.arraycopy(after, 0, path, 1, after.length);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    @Override
    public List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(super.dependencies());
        all.add(eventA);
        all.add(eventB);
        all.add(editing);
        all.addAll(present);
        return all;
    }

    @Override
    protected Map<String, Double> valuesForStep(int index) {
        return index >= STEP_BAYES ? Map.of("prior", 0.3, "likelihood", 0.8, "falseAlarm", 0.1) : Map.of();
    }

    /** The controls each step shows. */
    public Set<String> parametersShownIn(int step) {
        return switch (step) {
            case STEP_BAYES -> Set.of("prior", "likelihood", "falseAlarm");
            case STEP_WORDS -> Set.of("prior");
            default -> Set.of();
        };
    }

    @Override
    public Parameter mainParameter() {
        return prior;
    }

    public List<String> controlOrder() {
        return List.of("prior", "likelihood", "falseAlarm");
    }

    // ---- scenes: the events as outcomes "31 33 35" (first die, second die), the event being edited, the words ----

    @Override
    protected void saveExtras(Map<String, String> into) {
        into.put(EVENT_A_KEY, outcomes(a()));
        into.put(EVENT_B_KEY, outcomes(b()));
        into.put(EDITING_KEY, editing.get().name());
        List<String> words = new ArrayList<>();
        wordsPresent().forEach(w -> words.add(w.word()));
        into.put(WORDS_KEY, String.join(", ", words));
    }

    @Override
    protected void restoreExtras(Map<String, String> from, List<StateProblem> problems) {
        restoreEvent(from, EVENT_A_KEY, eventA, problems);
        restoreEvent(from, EVENT_B_KEY, eventB, problems);
        String editingText = from.get(EDITING_KEY);
        if (editingText != null) {
            switch (editingText.strip()) {
                case "A" -> editing.set(Editing.A);
                case "B" -> editing.set(Editing.B);
                default -> problems.add(new StateProblem(EDITING_KEY, editingText, StateProblem.Reason.NOT_READABLE));
            }
        }
        String wordsText = from.get(WORDS_KEY);
        if (wordsText != null) {
            Optional<boolean[]> chosen = wordsFrom(wordsText);
            if (chosen.isEmpty()) {
                problems.add(new StateProblem(WORDS_KEY, wordsText, StateProblem.Reason.NOT_READABLE));
            } else {
                for (int i = 0; i < present.size(); i++) {
                    present.get(i).set(chosen.get()[i]);
                }
            }
        }
    }

    /** "31 33 35 61 63 65": each outcome as the first die's face followed by the second's. */
    static String outcomes(DiceEvent event) {
        List<String> out = new ArrayList<>();
        for (int first = 1; first <= DiceEvent.FACES; first++) {
            for (int second = 1; second <= DiceEvent.FACES; second++) {
                if (event.contains(first, second)) {
                    out.add("" + first + second);
                }
            }
        }
        return String.join(" ", out);
    }

    /** The event {@link #outcomes} wrote, or empty when an item is not two faces from 1 to 6. */
    static Optional<DiceEvent> event(String text) {
        DiceEvent e = DiceEvent.none();
        for (String item : text.strip().split("[\\s,]+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (!item.matches("[1-6][1-6]")) {
                return Optional.empty();
            }
            int first = item.charAt(0) - '0', second = item.charAt(1) - '0';
            if (!e.contains(first, second)) {
                e = e.toggle(first, second);
            }
        }
        return Optional.of(e);
    }

    private static void restoreEvent(Map<String, String> from, String key, ObjectProperty<DiceEvent> target,
                                     List<StateProblem> problems) {
        String text = from.get(key);
        if (text == null) {
            return;
        }
        event(text).ifPresentOrElse(target::set,
                () -> problems.add(new StateProblem(key, text, StateProblem.Reason.NOT_READABLE)));
    }

    /** Which of {@link #WORDS} the list names, or empty when it names a word the lesson does not have. */
    private static Optional<boolean[]> wordsFrom(String text) {
        boolean[] chosen = new boolean[WORDS.size()];
        for (String item : text.strip().split("[\\s,]+")) {
            if (item.isEmpty()) {
                continue;
            }
            int i = 0;
            while (i < WORDS.size() && !WORDS.get(i).word().equals(item)) {
                i++;
            }
            if (i == WORDS.size()) {
                return Optional.empty();
            }
            chosen[i] = true;
        }
        return Optional.of(chosen);
    }

    private static final String EVENT_A_KEY = "eventA";
    private static final String EVENT_B_KEY = "eventB";
    private static final String EDITING_KEY = "editing";
    private static final String WORDS_KEY = "words";
}
