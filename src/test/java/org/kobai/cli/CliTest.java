package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.Lesson;
import org.kobai.lessons.LessonRegistry;
import org.kobai.plot.Theme;
import org.w3c.dom.Document;

/** The command line as a user runs it: exit status, what goes to stdout and stderr, the files written. */
class CliTest {
    /** Parameter bounds in the JSON are decimal text of the model's doubles, so they read back exactly. */
    private static final double TOLERANCE = 0;

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.strip().isEmpty() ? List.of() : err.strip().lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    static Stream<Lesson<?>> lessons() {
        return LessonRegistry.standard().all().stream();
    }

    // ---- help ---------------------------------------------------------------------------------------

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai").contains("lessons").contains("export").contains("bench");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void noCommandPrintsUsage() {
        Run r = run();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai").contains("export");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lessons", "export", "bench"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai " + command).contains("--help");
        assertThat(r.err()).isEmpty();
        switch (command) {
            case "lessons" -> assertThat(r.out()).contains("--json", "--lang");
            case "export" -> assertThat(r.out()).contains("--lesson", "--step", "--set", "--size", "--out", "--lang",
                    "--theme", "--scale");
            default -> assertThat(r.out()).contains("--updates", "--json", "--lesson");
        }
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        Run r = run("help", "export");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai export");
    }

    // ---- lessons ------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void lessonsJsonHasTheDocumentedShapeAndFollowsTheRegistry() {
        Run r = run("lessons", "--json");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        Object parsed = TinyJson.parse(r.out());
        assertThat(parsed).isInstanceOf(Map.class);
        Map<String, Object> top = (Map<String, Object>) parsed;
        assertThat(top).containsOnlyKeys("lessons");
        List<Object> list = (List<Object>) top.get("lessons");
        List<Lesson<?>> registered = LessonRegistry.standard().all();
        assertThat(list).hasSize(registered.size());
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> l = (Map<String, Object>) list.get(i);
            Lesson<?> lesson = registered.get(i);
            LessonModel model = lesson.createModel();
            assertThat(l).containsKeys("id", "title", "topic", "parameters");
            assertThat(l.get("id")).isEqualTo(lesson.id());
            assertThat(l.get("title")).isEqualTo(lesson.text(Locale.ENGLISH).get("title"));
            assertThat((String) l.get("topic")).matches("[a-z]+(-[a-z]+)*")
                    .isEqualTo(lesson.topic().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (l.containsKey("steps")) {
                assertThat(l.get("steps")).isEqualTo((double) model.stepCount());
            }
            List<Object> params = (List<Object>) l.get("parameters");
            assertThat(params).hasSize(model.parameters().size());
            for (int k = 0; k < params.size(); k++) {
                Map<String, Object> p = (Map<String, Object>) params.get(k);
                Parameter expected = model.parameters().get(k);
                assertThat(p).containsKeys("name", "min", "max", "default");
                assertThat(p.get("name")).isEqualTo(expected.id());
                assertThat((Double) p.get("min")).isCloseTo(expected.min(), within(TOLERANCE));
                assertThat((Double) p.get("max")).isCloseTo(expected.max(), within(TOLERANCE));
                assertThat((Double) p.get("default")).isBetween((Double) p.get("min"), (Double) p.get("max"))
                        .isCloseTo(expected.defaultValue(), within(TOLERANCE));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void lessonsInJapaneseUseTheJapaneseTitles() {
        Run r = run("lessons", "--json", "--lang", "ja");
        assertThat(r.status()).isZero();
        List<Object> list = (List<Object>) ((Map<String, Object>) TinyJson.parse(r.out())).get("lessons");
        List<Lesson<?>> registered = LessonRegistry.standard().all();
        for (int i = 0; i < list.size(); i++) {
            assertThat(((Map<String, Object>) list.get(i)).get("title"))
                    .isEqualTo(registered.get(i).text(Locale.JAPANESE).get("title"));
        }
    }

    @Test
    void lessonsAsTextNamesEveryLessonAndParameter() {
        Run r = run("lessons");
        assertThat(r.status()).isZero();
        for (Lesson<?> lesson : LessonRegistry.standard().all()) {
            assertThat(r.out()).contains(lesson.id());
            for (Parameter p : lesson.createModel().parameters()) {
                assertThat(r.out()).contains("    " + p.id() + " = ");
            }
        }
    }

    // ---- export -------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("lessons")
    void exportWritesAPngOfTheRequestedSizeForEveryStep(Lesson<?> lesson) throws IOException {
        int steps = lesson.createModel().stepCount();
        for (int step = 1; step <= steps; step++) {
            Path out = dir.resolve(lesson.id() + "-" + step + ".png");
            Run r = run("export", "--lesson", lesson.id(), "--step", Integer.toString(step),
                    "--size", "333x222", "--out", out.toString());
            assertThat(r.status()).as("%s step %d: %s", lesson, step, r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains(out.toString());
            BufferedImage image = ImageIO.read(out.toFile());
            assertThat(image).as("%s step %d is a PNG", lesson, step).isNotNull();
            assertThat(image.getWidth()).isEqualTo(333);
            assertThat(image.getHeight()).isEqualTo(222);
            assertThat(colours(image)).as("%s step %d is not blank", lesson, step).isGreaterThan(1);
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void exportWritesWellFormedSvg(Lesson<?> lesson) throws Exception {
        Path out = dir.resolve(lesson.id() + ".svg");
        Run r = run("export", "--lesson", lesson.id(), "--size", "640x480", "--lang", "ja", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // The document names the SVG 1.0 DTD; well-formedness needs no network.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("640");
        assertThat(doc.getDocumentElement().getAttribute("height")).startsWith("480");
        assertThat(doc.getDocumentElement().getElementsByTagNameNS("*", "path").getLength()
                + doc.getDocumentElement().getElementsByTagNameNS("*", "line").getLength()).isPositive();
    }

    @Test
    void exportUsesTheThemeBackground() throws IOException {
        for (Theme theme : Theme.values()) {
            Path out = dir.resolve(theme + ".png");
            String name = theme.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Run r = run("export", "--lesson", LessonRegistry.standard().first().id(), "--theme", name,
                    "--scale", "1.5", "--size", "200x150", "--out", out.toString());
            assertThat(r.status()).as(r.err()).isZero();
            BufferedImage image = ImageIO.read(out.toFile());
            // The corner is chart padding, painted in the theme's background colour (Theme.background()).
            assertThat(image.getRGB(0, 0) & 0xFFFFFF).as(name).isEqualTo(theme.background().getRGB() & 0xFFFFFF);
        }
    }

    @Test
    void exportFollowsSetValues() throws IOException {
        String id = LessonRegistry.standard().first().id();
        Parameter p = LessonRegistry.standard().first().createModel().mainParameter();
        Path low = dir.resolve("low.png");
        Path high = dir.resolve("high.png");
        assertThat(run("export", "--lesson", id, "--set", p.id() + "=" + p.min(), "--size", "300x200",
                "--out", low.toString()).status()).isZero();
        assertThat(run("export", "--lesson", id, "--set", p.id() + "=" + p.max(), "--size", "300x200",
                "--out", high.toString()).status()).isZero();
        assertThat(Files.readAllBytes(low)).isNotEqualTo(Files.readAllBytes(high));
    }

    static Stream<List<String>> badArguments() {
        return Stream.of(
                List.of("export", "--lesson", "no-such-lesson", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--set", "a=5", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--set", "zzz=1", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--set", "a=abc", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--set", "a", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--size", "10x10", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--size", "big", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--out", "file.txt"),
                List.of("export", "--lesson", "linearity", "--step", "99", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--step", "0", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--step", "two", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--lang", "fr", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--theme", "purple", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--scale", "9", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity"),
                List.of("export", "--out", "OUT.png"),
                List.of("export", "--lesson", "linearity", "--out", "OUT.png", "--bogus"),
                List.of("lessons", "--lang", "fr"),
                List.of("bench", "--updates", "5"),
                List.of("bench", "--lesson", "no-such-lesson", "--updates", "20"),
                List.of("no-such-command"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsExitTwoWithOneLineAndNoStackTrace(List<String> template) throws IOException {
        Path out = dir.resolve("out.png");
        String[] args = template.stream()
                .map(a -> a.equals("OUT.png") ? out.toString() : a.equals("file.txt") ? dir.resolve(a).toString() : a)
                .toArray(String[]::new);
        Run r = run(args);
        assertThat(r.status()).as("status for %s; stderr: %s", template, r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).as("stderr for %s", template).hasSize(1);
        assertThat(r.err()).startsWith("kobai: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).as("no file written").isEmpty();
        }
    }

    @Test
    void badArgumentMessagesSayWhatIsWrong() {
        assertThat(run("export", "--lesson", "linearity", "--set", "a=5", "--out", dir.resolve("x.png").toString())
                .err()).contains("'a'", "-2", "2", "5");
        assertThat(run("export", "--lesson", "linearity", "--set", "zzz=1", "--out", dir.resolve("x.png").toString())
                .err()).contains("zzz");
        assertThat(run("export", "--lesson", "nope", "--out", dir.resolve("x.png").toString()).err()).contains("nope");
        assertThat(run("export", "--lesson", "linearity", "--size", "10x10", "--out", dir.resolve("x.png").toString())
                .err()).contains("--size", "10x10");
        assertThat(run("export", "--lesson", "linearity", "--out", dir.resolve("file.txt").toString()).err())
                .contains(".png", ".svg");
        assertThat(run("export", "--lesson", "linearity", "--step", "99", "--out", dir.resolve("x.png").toString())
                .err()).contains("--step", "99");
        assertThat(run("export", "--lesson", "linearity", "--lang", "fr", "--out", dir.resolve("x.png").toString())
                .err()).contains("--lang", "fr");
    }

    @Test
    void exportIntoAMissingFolderFailsWithOneLine() {
        Path out = dir.resolve("missing/x.png");
        Run r = run("export", "--lesson", "linearity", "--out", out.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("kobai: ").doesNotContain("\tat ");
        assertThat(Files.exists(out)).isFalse();
    }

    // ---- bench --------------------------------------------------------------------------------------

    /** A shape test: the numbers are timings and vary from run to run, so only their sense is checked. */
    @Test
    @SuppressWarnings("unchecked")
    void benchJsonHasTheDocumentedKeys() {
        Run r = run("bench", "--updates", "20", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        Map<String, Object> top = (Map<String, Object>) TinyJson.parse(r.out());
        assertThat(top).containsOnlyKeys("lessons");
        List<Object> rows = (List<Object>) top.get("lessons");
        List<String> ids = new ArrayList<>();
        for (Object o : rows) {
            Map<String, Object> row = (Map<String, Object>) o;
            assertThat(row).containsKeys("id", "updates", "medianMs", "p99Ms");
            ids.add((String) row.get("id"));
            assertThat(row.get("updates")).isEqualTo(20.0);
            double median = (Double) row.get("medianMs");
            double p99 = (Double) row.get("p99Ms");
            assertThat(median).isNotNegative();
            assertThat(p99).isGreaterThanOrEqualTo(median);
        }
        assertThat(ids).containsExactlyElementsOf(LessonRegistry.standard().all().stream().map(Lesson::id).toList());
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] ms = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        // Nearest rank (ceil(p/100 · n)): the 50th of 1..10 is the 5th value, 5; the 99th is the 10th, 10.
        assertThat(BenchCommand.percentile(ms, 50)).isEqualTo(5.0);
        assertThat(BenchCommand.percentile(ms, 99)).isEqualTo(10.0);
        assertThat(BenchCommand.percentile(new double[] {7}, 99)).isEqualTo(7.0);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
