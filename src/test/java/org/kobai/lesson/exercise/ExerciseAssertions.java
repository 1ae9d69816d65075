package org.kobai.lesson.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.ui.Formulas;
import org.kobai.ui.RichText;

/** Checks every lesson's exercise tests share: exact forms accepted, near misses not, text complete. */
public final class ExerciseAssertions {
    private ExerciseAssertions() {}

    /** The answer typed as decimals and as thirds counts; one more on the last number does not. */
    public static void acceptsExactFormsAndRejectsNearMisses(Exercise e) {
        double[] v = e.answer().values();
        StringBuilder exact = new StringBuilder();
        StringBuilder asFractions = new StringBuilder();
        StringBuilder offByOne = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            String sep = i == 0 ? "" : ", ";
            exact.append(sep).append(NumberText.plain(v[i]));
            asFractions.append(sep).append(NumberText.plain(3 * v[i])).append("/3");
            offByOne.append(sep).append(NumberText.plain(v[i] + (i == v.length - 1 ? 1 : 0)));
        }
        assertThat(AnswerChecker.check(e, exact.toString())).as("%s", exact).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, asFractions.toString())).as("%s", asFractions).isInstanceOf(Verdict.Correct.class);
        assertThat(AnswerChecker.check(e, offByOne.toString())).as("%s", offByOne).isInstanceOf(Verdict.Wrong.class);
        for (Exercise.Mistake m : e.mistakes()) {
            assertThat(e.answer().matches(m.value().values())).as("a listed mistake is never the answer").isFalse();
            assertThat(AnswerChecker.check(e, typed(m.value().values())))
                    .isEqualTo(new Verdict.Wrong(m.hint(), true));
        }
    }

    /**
     * The slip typed as a student would is recognised as a listed mistake.
     *
     * @return the hint it got, or null when the slip happens to be the answer for these numbers
     */
    public static String hintForSlip(Exercise e, double... slip) {
        if (e.answer().matches(slip)) {
            return null;
        }
        Verdict v = AnswerChecker.check(e, typed(slip));
        assertThat(v).as("%s typed for %s", typed(slip), e.prompt()).isInstanceOf(Verdict.Wrong.class);
        assertThat(((Verdict.Wrong) v).recognised()).as("%s typed for %s", typed(slip), e.prompt()).isTrue();
        return ((Verdict.Wrong) v).hint();
    }

    /** The numbers as a student types them: "1, -0.5, 2". */
    public static String typed(double... values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(NumberText.plain(v));
        }
        return b.toString();
    }

    /** The stored answer is {@code expected}, number by number, within {@code tolerance}. */
    public static void assertAnswer(Exercise e, double tolerance, double... expected) {
        double[] got = e.answer().values();
        assertThat(got).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(got[i]).as("%s number %d", e.prompt(), i)
                    .isCloseTo(expected[i], org.assertj.core.api.Assertions.within(tolerance));
        }
    }

    /**
     * The same seed gives the same exercise; both languages give the same answer in their own words; no
     * placeholder is left unfilled and every formula typesets.
     */
    public static void reproducibleInBothLanguages(List<ExerciseKind> kinds, Messages en, Messages ja, int seeds) {
        for (ExerciseKind kind : kinds) {
            assertThat(en.get("exercise." + kind.id() + ".name")).isNotBlank();
            assertThat(ja.get("exercise." + kind.id() + ".name")).isNotBlank();
            for (long seed = 0; seed < seeds; seed++) {
                Exercise inEnglish = kind.create(seed, en);
                Exercise inJapanese = kind.create(seed, ja);
                // The feedback line is plain text: a hint with $…$ would show its LaTeX source.
                for (Exercise x : List.of(inEnglish, inJapanese)) {
                    assertThat(x.hint()).as("hint of %s", kind.id()).doesNotContain("$");
                    x.mistakes().forEach(m -> assertThat(m.hint()).as("hint of %s", kind.id()).doesNotContain("$"));
                }
                assertThat(kind.create(seed, en)).isEqualTo(inEnglish);
                assertThat(inJapanese.answer()).isEqualTo(inEnglish.answer());
                assertThat(inJapanese.prompt()).isNotEqualTo(inEnglish.prompt());
                for (Exercise x : List.of(inEnglish, inJapanese)) {
                    for (String text : List.of(x.prompt(), x.solution(), x.hint())) {
                        // A placeholder left unfilled; x^{3}, x_{1}, \frac{1}{2} and \sqrt{2} are LaTeX, not placeholders.
                        assertThat(text).doesNotContainPattern("(?<![\\^_}a-zA-Z])\\{\\d\\}");
                        for (List<RichText.Piece> paragraph : RichText.parse(text)) {
                            for (RichText.Piece piece : paragraph) {
                                if (piece.kind() != RichText.Kind.TEXT) {
                                    Formulas.requireValid(piece.text());
                                } else {
                                    assertThat(piece.text()).as("unclosed $ in %s", text).doesNotContain("$");
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
