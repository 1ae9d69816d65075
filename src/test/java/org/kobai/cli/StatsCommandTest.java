package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai stats} as a user runs it; expected values are article 000's and worked by hand. */
class StatsCommandTest {
    /** JSON numbers are printed with all their digits; 1e-15 is a few units in the last place. */
    private static final double ROUNDING = 1e-15;

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    @Test
    void article000OneToTen() {
        // Article 000: mean 5.5; 標本分散 (1/n) 82.5/10 = 8.25; 不偏分散 (1/(n − 1)) 82.5/9
        Map<String, Object> j = DeriveCommandTest.json("stats", "1,2,3,4,5,6,7,8,9,10", "--json");
        assertThat(j.keySet()).containsExactly("n", "mean", "variance", "sampleVariance", "sd", "sampleSd",
                "min", "max", "median");
        assertThat(j).containsEntry("n", 10.0).containsEntry("mean", 5.5).containsEntry("variance", 8.25)
                .containsEntry("min", 1.0).containsEntry("max", 10.0).containsEntry("median", 5.5);
        assertThat((Double) j.get("sampleVariance")).isCloseTo(82.5 / 9, within(ROUNDING));
        assertThat((Double) j.get("sd")).isCloseTo(Math.sqrt(8.25), within(ROUNDING));
    }

    @Test
    void spacesAndFullWidthAndNegativeNumbers() {
        // 1, 2, 3, 4: mean 2.5, Σ(x − 2.5)² = 5, variance 5/4, sampleVariance 5/3
        Map<String, Object> j = DeriveCommandTest.json("stats", "1", "2", "３", "4", "--json");
        assertThat(j).containsEntry("variance", 1.25).containsEntry("median", 2.5);
        assertThat((Double) j.get("sampleVariance")).isCloseTo(5.0 / 3, within(ROUNDING));
        Map<String, Object> negative = DeriveCommandTest.json("stats", "-1,2", "--json");
        assertThat(negative).containsEntry("mean", 0.5).containsEntry("variance", 2.25).containsEntry("sampleVariance", 4.5);
    }

    @Test
    void textNamesBothVariances() {
        Run r = run("stats", "1,2,3,4");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("variance (1/n):").contains("1.25")
                .contains("sampleVariance (1/(n-1)):").contains("1.66667").contains("median:");
    }

    @Test
    void onePointSaysTheSampleVarianceIsUndefinedInsteadOfNaN() {
        Run r = run("stats", "4");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("undefined for a single value").doesNotContain("NaN");
        Map<String, Object> j = DeriveCommandTest.json("stats", "4", "--json");
        assertThat(j).containsEntry("sampleVariance", null).containsEntry("variance", 0.0)
                .containsEntry("note", "sampleVariance and sampleSd are undefined for a single value (1/(n - 1) needs n >= 2)");
        assertThat(run("stats", "4", "--json").out()).doesNotContain("NaN");
    }

    @Test
    void csvColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("heights.csv");
        Files.writeString(file, "name,height\nA,170\nB,165\nC,180\n");
        Map<String, Object> j = DeriveCommandTest.json("stats", "--csv", file.toString(), "--column", "height", "--json");
        // (170 + 165 + 180)/3 = 171.666…, median 170
        assertThat((Double) j.get("mean")).isCloseTo(515.0 / 3, within(1e-12));
        assertThat(j).containsEntry("median", 170.0).containsEntry("n", 3.0);
        Files.writeString(file, "height\n170\ntall\n180\n");
        Run bad = run("stats", "--csv", file.toString());
        assertThat(bad.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("line 3: 'tall' is not a number");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : new String[][] {
                {"stats"},
                {"stats", " , "},
                {"stats", "1,x,3"},
                {"stats", "1e400"},
                {"stats", "--csv", "/no/such/file.csv"},
                {"stats", "1", "--column", "2"},
        }) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(run("stats").err()).contains("no data");
        assertThat(run("stats", "1,x,3").err()).contains("item 2 (x) is not a number");
    }

    @Test
    void help() {
        Run r = run("stats", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai stats").contains("1/(n - 1)").contains("--csv");
    }
}
