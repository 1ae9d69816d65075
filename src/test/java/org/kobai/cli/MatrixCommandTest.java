package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai matrix} as a user runs it; expected values are article 000's worked examples. */
class MatrixCommandTest {

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    private static Map<String, Object> json(String... args) {
        return DeriveCommandTest.json(args);
    }

    @Test
    void article000Product() {
        // (1 2; 3 4)(5 6; 7 8) = (19 22; 43 50), article 000
        assertThat(json("matrix", "multiply", "1,2;3,4", "5,6;7,8", "--json"))
                .isEqualTo(Map.of("result", List.of(List.of(19.0, 22.0), List.of(43.0, 50.0))));
        Run text = run("matrix", "multiply", "1,2;3,4", "5,6;7,8");
        assertThat(text.status()).isZero();
        assertThat(text.out()).isEqualTo("   19  22\n   43  50\n");
    }

    @Test
    void productOfANonSquarePairHasTheShapeMTimesP() {
        // (1×3)(3×1) = 1·4 + 2·5 + 3·6 = 32 and (3×1)(1×3) is 3×3
        assertThat(json("matrix", "multiply", "1,2,3", "4;5;6", "--json"))
                .isEqualTo(Map.of("result", List.of(List.of(32.0))));
        assertThat(json("matrix", "multiply", "4;5;6", "1,2,3", "--json", "--exact")).isEqualTo(Map.of("result",
                List.of(List.of("4", "8", "12"), List.of("5", "10", "15"), List.of("6", "12", "18"))));
    }

    @Test
    void article000InverseExactAndDecimal() {
        // (4 5; −1 3)⁻¹ = 1/17 (3 −5; 1 4), article 000
        assertThat(json("matrix", "inverse", "4,5;-1,3", "--exact", "--json")).isEqualTo(Map.of("inverse",
                List.of(List.of("3/17", "-5/17"), List.of("1/17", "4/17"))));
        Map<String, Object> decimal = json("matrix", "inverse", "4,5;-1,3", "--json");
        assertThat(decimal).isEqualTo(Map.of("inverse",
                List.of(List.of(3.0 / 17, -5.0 / 17), List.of(1.0 / 17, 4.0 / 17))));
        Run text = run("matrix", "inverse", "4,5;-1,3", "--exact");
        assertThat(text.out()).isEqualTo("   3/17  -5/17\n   1/17   4/17\n");
        assertThat(run("matrix", "inverse", "4,5;-1,3").out()).contains("0.0588235").doesNotContain("/");
    }

    @Test
    void determinant() {
        // det (4 5; −1 3) = 4·3 − 5·(−1) = 17; det (1/2 1; 1/3 1) = 1/2 − 1/3 = 1/6
        assertThat(json("matrix", "det", "4,5;-1,3", "--json")).isEqualTo(Map.of("det", 17.0));
        assertThat(json("matrix", "det", "1/2,1;1/3,1", "--json", "--exact")).isEqualTo(Map.of("det", "1/6"));
        assertThat(run("matrix", "det", "1/2,1;1/3,1", "--exact").out()).isEqualTo("1/6\n");
        assertThat(run("matrix", "det", "-1,0;0,1").out()).isEqualTo("-1\n");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        String[][] cases = {
                {"matrix", "inverse", "2,1;4,2"},
                {"matrix", "inverse", "1,2,3;4,5,6"},
                {"matrix", "det", "1,2"},
                {"matrix", "multiply", "1,2,3;4,5,6", "1,2;3,4"},
                {"matrix", "multiply", "1,2;3", "1;2"},
                {"matrix", "multiply", "1,2;3,4", "1,x;3,4"},
                {"matrix", "inverse", "1/0,1;1,1"},
                {"matrix", "inverse"},
                {"matrix"},
                {"matrix", "transpose", "1,2"},
        };
        for (String[] args : cases) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(run("matrix", "inverse", "2,1;4,2").err().strip()).isEqualTo(
                "kobai: the matrix is singular (det = 0), so it has no inverse: ad - bc = 2*2 - 1*4 = 0");
        assertThat(run("matrix", "inverse", "1,2,3;4,5,6").err())
                .contains("only a square matrix has an inverse; this one is 2x3");
        // erratum 2: (m×n)(n×p) needs A's columns = B's rows
        assertThat(run("matrix", "multiply", "1,2,3;4,5,6", "1,2;3,4").err()).contains(
                "cannot multiply a 2x3 matrix by a 2x2 matrix").contains("first one's columns (3)")
                .contains("second one's rows (2)");
        assertThat(run("matrix", "multiply", "1,2;3", "1;2").err())
                .contains("A: row 2 has 1 entries but row 1 has 2");
        assertThat(run("matrix", "multiply", "1,2;3,4", "1,x;3,4").err()).contains("B: row 1, column 2: not a number: x");
    }

    @Test
    void help() {
        Run r = run("matrix", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("multiply").contains("inverse").contains("det").contains("--exact");
    }
}
