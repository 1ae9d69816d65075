package org.kobai.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.kobai.math.stats.DataText;

/**
 * Reading a lesson's own scene values back in {@link LessonModel#restoreExtras}: each reader gives the
 * value when the key is there and usable, nothing when the key is absent, and adds a {@link StateProblem}
 * (and gives nothing) when the text cannot be used, so the model keeps what it had.
 */
public final class SceneValues {
    private SceneValues() {}

    /** A whole number such as a random seed: "2024", with spaces around allowed. */
    public static OptionalLong wholeNumber(Map<String, String> from, String key, List<StateProblem> problems) {
        String text = from.get(key);
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            problems.add(new StateProblem(key, text, StateProblem.Reason.NOT_A_NUMBER));
            return OptionalLong.empty();
        }
    }

    /**
     * Numbers written as {@link DataText#format} writes them ("1, 2, 3.5"); at least {@code atLeast} of
     * them, or the text is reported as {@link StateProblem.Reason#NOT_READABLE}.
     */
    public static Optional<double[]> numbers(Map<String, String> from, String key, int atLeast, List<StateProblem> problems) {
        String text = from.get(key);
        if (text == null) {
            return Optional.empty();
        }
        try {
            double[] values = DataText.parse(text);
            if (values.length >= atLeast) {
                return Optional.of(values);
            }
        } catch (DataText.DataTextException e) {
            // reported below
        }
        problems.add(new StateProblem(key, text, StateProblem.Reason.NOT_READABLE));
        return Optional.empty();
    }

    /** The numbers as {@link #numbers} reads them back, each exactly. */
    public static String numbers(double[] values) {
        return DataText.format(values);
    }
}
