package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai fit} as a user runs it, on files written for each case. */
class FitCommandTest {
    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonForTheLessonsExample() throws IOException {
        // hand-worked in LeastSquaresTest: a = b = 1.3, E = 1.9, R² = 169/188
        Path f = file("example.csv", "x,y\n1,3\n2,3\n3,6\n4,6\n5,8\n");
        Map<String, Object> j = DeriveCommandTest.json("fit", f.toString(), "--json");
        assertThat((Double) j.get("slope")).isCloseTo(1.3, within(TOLERANCE));
        assertThat((Double) j.get("intercept")).isCloseTo(1.3, within(TOLERANCE));
        assertThat((Double) j.get("sse")).isCloseTo(1.9, within(TOLERANCE));
        assertThat((Double) j.get("r2")).isCloseTo(169.0 / 188.0, within(TOLERANCE));
        assertThat(j.get("n")).isEqualTo(5.0);
    }

    @Test
    void textAgreesWithCommonsMath() throws IOException {
        StringBuilder csv = new StringBuilder();
        SimpleRegression oracle = new SimpleRegression();
        java.util.Random r = new java.util.Random(7);
        for (int k = 0; k < 200; k++) {
            double x = 100 * r.nextDouble(), y = -0.5 * x + 20 + 5 * r.nextGaussian();
            csv.append(x).append(',').append(y).append('\n');
            oracle.addData(x, y);
        }
        Run run = DeriveCommandTest.run("fit", file("many.csv", csv.toString()).toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("points: 200")
                .contains("slope a: " + org.kobai.math.NumberText.plain(oracle.getSlope()))
                .contains("intercept b: " + org.kobai.math.NumberText.plain(oracle.getIntercept()))
                .contains("sum of squared errors E: " + org.kobai.math.NumberText.plain(oracle.getSumSquaredErrors()))
                .contains("R^2: " + org.kobai.math.NumberText.plain(oracle.getRSquare()));
    }

    @Test
    void rSquaredIsNullWhenEveryYIsEqual() throws IOException {
        Map<String, Object> j = DeriveCommandTest.json("fit", file("flat.csv", "1,4\n2,4\n3,4\n").toString(), "--json");
        assertThat(j).containsEntry("r2", null);
        assertThat((Double) j.get("slope")).isCloseTo(0, within(TOLERANCE));
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        String[][] cases = {
                {file("empty.csv", "").toString(), "no data rows"},
                {file("bad.csv", "x,y\n1,2\n3,four\n").toString(), "row 3: \"four\" is not a number"},
                {file("one.csv", "1,2\n").toString(), "at least 2 points"},
                {file("vertical.csv", "2,1\n2,3\n").toString(), "all x values are equal"},
                {file("three.csv", "1,2,3\n").toString(), "row 1: expected 2 values"},
                {dir.resolve("missing.csv").toString(), "no such file"},
                {dir.toString(), "no such file"},
        };
        for (String[] c : cases) {
            Run r = DeriveCommandTest.run("fit", c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(c[0]).hasSize(1);
            assertThat(r.err()).as(c[0]).contains(c[1]);
            assertThat(r.out()).isEmpty();
        }
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Run r = DeriveCommandTest.run("fit", binary.toString());
        assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        Run none = DeriveCommandTest.run("fit");
        assertThat(none.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(none.err().strip().lines()).hasSize(1);
    }
}
