package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai series} as a user runs it; expected values are article 000's and worked by hand. */
@SuppressWarnings("unchecked")
class SeriesCommandTest {

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    @Test
    void gaussOneToTen() {
        // Article 000: 1 + 2 + … + 10 = 55
        Map<String, Object> j = DeriveCommandTest.json("series", "arithmetic", "--a", "1", "--d", "1", "--n", "10", "--json");
        assertThat((List<Object>) j.get("terms")).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(j).containsEntry("sum", 55.0).doesNotContainKey("limit");
        Run r = run("series", "arithmetic", "--a", "1", "--d", "1", "--n", "10");
        assertThat(r.out()).contains("sum S_10 = 55");
    }

    @Test
    void article000OneSixEleven() {
        // Article 000: 1, 6, 11, 16, 21, 26: the sum is 81 (6/2 · (2 + 25))
        Map<String, Object> j = DeriveCommandTest.json("series", "arithmetic", "--a", "1", "--d", "5", "--n", "6", "--json");
        assertThat((List<Object>) j.get("terms")).containsExactly(1.0, 6.0, 11.0, 16.0, 21.0, 26.0);
        assertThat(j).containsEntry("sum", 81.0);
    }

    @Test
    void convergentGeometricHasALimit() {
        // 1 + 1/2 + … + 1/512 = 2 − 1/512; the infinite sum is 1/(1 − 1/2) = 2
        Map<String, Object> j = DeriveCommandTest.json("series", "geometric", "--a", "1", "--r", "0.5", "--n", "10", "--json");
        assertThat(j).containsEntry("sum", 2 - 1.0 / 512).containsEntry("limit", 2.0).containsEntry("behaviour", "converges");
        assertThat((List<Object>) j.get("terms")).hasSize(10).startsWith(1.0, 0.5, 0.25);
    }

    @Test
    void edgeCasesRatioOneAndMinusOneHaveNoLimit() {
        // r = 1: S_n = n a = 4 · 3 = 12; r = −1: 3 − 3 + 3 = 3
        Map<String, Object> one = DeriveCommandTest.json("series", "geometric", "--a", "3", "--r", "1", "--n", "4", "--json");
        assertThat(one).containsEntry("sum", 12.0).containsEntry("behaviour", "grows_linearly").doesNotContainKey("limit");
        Map<String, Object> minus = DeriveCommandTest.json("series", "geometric", "--a", "3", "--r", "-1", "--n", "3", "--json");
        assertThat(minus).containsEntry("sum", 3.0).containsEntry("behaviour", "oscillates").doesNotContainKey("limit");
        Run r = run("series", "geometric", "--a", "3", "--r", "-1", "--n", "3");
        assertThat(r.out()).contains("a_n = 3 * (-1)^(n - 1)").contains("no limit");
        Run grows = run("series", "geometric", "--a", "3", "--r", "2", "--n", "4");
        assertThat(grows.out()).contains("sum S_4 = 45").contains("diverges");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : new String[][] {
                {"series", "harmonic", "--a", "1", "--n", "3"},
                {"series", "arithmetic", "--a", "1", "--n", "3"},
                {"series", "arithmetic", "--a", "1", "--d", "1", "--r", "2", "--n", "3"},
                {"series", "geometric", "--a", "1", "--d", "1", "--n", "3"},
                {"series", "arithmetic", "--a", "x", "--d", "1", "--n", "3"},
                {"series", "arithmetic", "--a", "1", "--d", "1", "--n", "0"},
                {"series", "arithmetic", "--a", "1", "--d", "1", "--n", "2.5"},
                {"series", "arithmetic", "--a", "1", "--d", "1", "--n", "10001"},
                {"series", "geometric", "--a", "1", "--r", "10", "--n", "400"},
                {"series", "arithmetic", "--d", "1", "--n", "3"},
        }) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(run("series", "geometric", "--a", "1", "--r", "10", "--n", "400").err()).contains("term 310 is too large");
        assertThat(run("series", "arithmetic", "--a", "1", "--n", "3").err()).contains("needs --d");
    }

    @Test
    void help() {
        Run r = run("series", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai series").contains("a (1 - r^n)/(1 - r)").contains("|r| < 1");
    }
}
