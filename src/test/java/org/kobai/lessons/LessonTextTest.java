package org.kobai.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lesson.Topic;
import org.kobai.plot.Theme;
import org.kobai.ui.Formulas;
import org.kobai.ui.RichText;

/**
 * The text of the application and of every registered lesson, in English and Japanese: the same keys in
 * both, a title and body for every step, every formula typesets, every message pattern parses.
 *
 * <p>The .properties files are read directly, not through ResourceBundle: a Japanese bundle inherits
 * missing keys from the English one, which would hide a missing translation.
 */
class LessonTextTest {
    private static final String APP_BUNDLE = "org/kobai/app/messages";
    private static final List<String> LANGUAGES = List.of("", "_ja");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    static Stream<Lesson<?>> lessons() {
        return LessonRegistry.standard().all().stream();
    }

    static Stream<String> bundles() {
        return Stream.concat(Stream.of(APP_BUNDLE), lessons().map(LessonTextTest::bundleOf));
    }

    private static String bundleOf(Lesson<?> lesson) {
        return lesson.getClass().getPackageName().replace('.', '/') + "/messages";
    }

    private static Properties load(String bundle, String suffix) {
        String path = bundle + suffix + ".properties";
        try (InputStream in = LessonTextTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("resource %s", path).isNotNull();
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }

    private static Properties english(String bundle) { return load(bundle, ""); }
    private static Properties japanese(String bundle) { return load(bundle, "_ja"); }

    // ---- every bundle ------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndJapaneseHaveTheSameKeys(String bundle) {
        Set<String> en = new TreeSet<>(english(bundle).stringPropertyNames());
        Set<String> ja = new TreeSet<>(japanese(bundle).stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        assertThat(onlyEn).as("%s: keys missing from the Japanese file", bundle).isEmpty();
        assertThat(onlyJa).as("%s: keys missing from the English file", bundle).isEmpty();
        assertThat(en).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noValueIsBlank(String bundle) {
        for (String suffix : LANGUAGES) {
            Properties p = load(bundle, suffix);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as("%s%s: %s", bundle, suffix, key).isNotBlank();
            }
        }
    }

    /**
     * Values with {n} arguments (and no $ formulas, whose braces are LaTeX) are MessageFormat patterns:
     * they parse, every argument appears in the output (a stray apostrophe would swallow it), and both
     * languages use the same arguments.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void messagePatternsParseAndAgreeBetweenLanguages(String bundle) {
        Properties en = english(bundle);
        Properties ja = japanese(bundle);
        int patterns = 0;
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            if (e.contains("$") || !ARGUMENT.matcher(e).find()) {
                continue;
            }
            patterns++;
            Set<Integer> enArgs = arguments(e);
            assertThat(arguments(ja.getProperty(key, ""))).as("%s: arguments of %s", bundle, key).isEqualTo(enArgs);
            for (Properties p : List.of(en, ja)) {
                String pattern = p.getProperty(key);
                Object[] args = new Object[enArgs.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "«arg" + i + "»";
                }
                String out = new MessageFormat(pattern, Locale.ROOT).format(args);
                for (int i : enArgs) {
                    assertThat(out).as("%s: %s = %s", bundle, key, pattern).contains("«arg" + i + "»");
                }
                assertThat(out).as("%s: %s has unbalanced quotes or braces", bundle, key).doesNotContain("{");
            }
        }
        if (bundle.equals(APP_BUNDLE)) {
            assertThat(patterns).as("the app bundle has patterns such as step.indicator").isPositive();
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    // ---- the application bundle -------------------------------------------------------------------

    @Test
    void appBundleNamesEveryTopicAndTheme() {
        for (Properties p : List.of(english(APP_BUNDLE), japanese(APP_BUNDLE))) {
            for (Topic t : Topic.values()) {
                assertThat(p.getProperty(t.messageKey())).as(t.messageKey()).isNotBlank();
            }
            for (Theme t : Theme.values()) {
                String key = "theme." + t.name().toLowerCase(Locale.ROOT);
                assertThat(p.getProperty(key)).as(key).isNotBlank();
            }
            for (String key : List.of("step.previous", "step.next", "step.indicator", "parameter.range",
                    "parameter.notANumber", "parameter.outOfRange", "app.title")) {
                assertThat(p.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    // ---- every lesson -----------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepHasATitleAndABodyAndNoExtraSteps(Lesson<?> lesson) {
        int steps = lesson.createModel().stepCount();
        for (Properties p : List.of(english(bundleOf(lesson)), japanese(bundleOf(lesson)))) {
            assertThat(p.getProperty("title")).as("%s: title", lesson).isNotBlank();
            for (int s = 0; s < steps; s++) {
                assertThat(p.getProperty("step." + s + ".title")).as("%s: step.%d.title", lesson, s).isNotBlank();
                assertThat(p.getProperty("step." + s + ".body")).as("%s: step.%d.body", lesson, s).isNotBlank();
            }
            assertThat(p.getProperty("step." + steps + ".title"))
                    .as("%s: text for a step the model does not have", lesson).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyParameterHasAName(Lesson<?> lesson) {
        LessonModel model = lesson.createModel();
        for (Properties p : List.of(english(bundleOf(lesson)), japanese(bundleOf(lesson)))) {
            for (Parameter parameter : model.parameters()) {
                assertThat(p.getProperty("param." + parameter.id())).as("%s: param.%s", lesson, parameter.id())
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void textIsReachableThroughTheLessonInBothLanguages(Lesson<?> lesson) {
        String en = lesson.text(Locale.ENGLISH).get("title");
        String ja = lesson.text(Locale.JAPANESE).get("title");
        assertThat(en).isEqualTo(english(bundleOf(lesson)).getProperty("title"));
        assertThat(ja).isEqualTo(japanese(bundleOf(lesson)).getProperty("title"));
        assertThat(ja).as("%s has a Japanese title of its own", lesson).isNotEqualTo(en);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyFormulaInEveryStepTypesets(Lesson<?> lesson) {
        int steps = lesson.createModel().stepCount();
        int formulas = 0;
        for (String suffix : LANGUAGES) {
            Properties p = load(bundleOf(lesson), suffix);
            for (int s = 0; s < steps; s++) {
                String where = lesson + suffix + " step." + s + ".body";
                for (List<RichText.Piece> paragraph : RichText.parse(p.getProperty("step." + s + ".body"))) {
                    for (RichText.Piece piece : paragraph) {
                        if (piece.kind() == RichText.Kind.TEXT) {
                            assertThat(piece.text()).as("%s: unclosed $ or $$", where).doesNotContain("$");
                        } else {
                            assertThat(piece.text()).as("%s: empty formula", where).isNotBlank();
                            Formulas.requireValid(piece.text());
                            // JLaTeXMath quietly closes an unclosed group, as in \frac{1}{2, so count braces too.
                            assertThat(braceDepth(piece.text())).as("%s: unbalanced braces in %s", where, piece.text())
                                    .isZero();
                            formulas++;
                        }
                    }
                }
            }
        }
        assertThat(formulas).as("%s has formulas in its steps", lesson).isPositive();
    }

    /** Unescaped '{' minus unescaped '}'; negative as soon as a '}' comes before its '{'. */
    static int braceDepth(String latex) {
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++; // \{ and \} are literal braces
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return depth;
            }
        }
        return depth;
    }

    @Test
    void braceCountFindsUnclosedGroups() {
        assertThat(braceDepth("\\frac{\\Delta y}{\\Delta x}")).isZero();
        assertThat(braceDepth("\\frac{1}{2")).isEqualTo(1);
        assertThat(braceDepth("x}{")).isNegative();
        assertThat(braceDepth("\\{ x \\}")).isZero();
    }

    @Test
    void theFormulaCheckRejectsBrokenLatex() {
        assertThatThrownBy(() -> Formulas.requireValid("x}"))
                .isInstanceOf(Formulas.FormulaException.class);
        assertThatThrownBy(() -> Formulas.requireValid("\\left( x"))
                .isInstanceOf(Formulas.FormulaException.class);
        assertThatThrownBy(() -> Formulas.requireValid("\\nosuchcommand{x}"))
                .isInstanceOf(Formulas.FormulaException.class).hasMessageContaining("nosuchcommand");
        Formulas.requireValid("f(u+v) = f(u) + f(v)");
    }

    @Test
    void richTextFindsInlineAndDisplayedFormulas() {
        List<List<RichText.Piece>> paragraphs = RichText.parse("Let $x$ be.\n\n$$y = ax$$\nend");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).containsExactly(
                new RichText.Piece("Let ", RichText.Kind.TEXT),
                new RichText.Piece("x", RichText.Kind.INLINE),
                new RichText.Piece(" be.", RichText.Kind.TEXT));
        assertThat(paragraphs.get(1)).containsExactly(
                new RichText.Piece("y = ax", RichText.Kind.DISPLAY),
                new RichText.Piece("\nend", RichText.Kind.TEXT));
        List<RichText.Piece> unclosed = RichText.parse("cost $5").get(0);
        assertThat(unclosed).containsExactly(new RichText.Piece("cost $5", RichText.Kind.TEXT));
        List<String> texts = new ArrayList<>();
        unclosed.forEach(p -> texts.add(p.text()));
        assertThat(String.join("", texts)).contains("$");
    }
}
