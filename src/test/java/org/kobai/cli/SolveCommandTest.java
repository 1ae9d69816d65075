package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai solve} as a user runs it; the system is article 000's (erratum 3: −x + 3y = 5). */
@SuppressWarnings("unchecked")
class SolveCommandTest {

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    @Test
    void article000System() {
        // 4x + 5y = 14, −x + 3y = 5: (x, y) = (1, 2)
        assertThat(DeriveCommandTest.json("solve", "4,5;-1,3", "14,5", "--json"))
                .isEqualTo(Map.of("solution", List.of(1.0, 2.0)));
        assertThat(DeriveCommandTest.json("solve", "4,5;-1,3", "14;5", "--json", "--exact"))
                .isEqualTo(Map.of("solution", List.of("1", "2")));
        Run text = run("solve", "4,5;-1,3", "14,5");
        assertThat(text.status()).isZero();
        assertThat(text.out()).isEqualTo("solution: x1 = 1, x2 = 2\n");
    }

    @Test
    void stepsNameEachOperationAndGiveTheMatrixAfterIt() {
        // worked by hand: R2 ← R2 + 1/4·R1, R1 ← (1/4)·R1, R1 ← R1 − 5/17·R2, R2 ← (4/17)·R2
        Map<String, Object> j = DeriveCommandTest.json("solve", "4,5;-1,3", "14,5", "--steps", "--exact", "--json");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) j.get("steps");
        assertThat(steps).extracting(s -> s.get("operation")).containsExactly(
                "R2 <- R2 + 1/4 R1", "R1 <- (1/4) R1", "R1 <- R1 - 5/17 R2", "R2 <- (4/17) R2");
        assertThat(steps.get(0).get("matrix")).isEqualTo(List.of(List.of("4", "5", "14"), List.of("0", "17/4", "17/2")));
        assertThat(steps.get(3).get("matrix")).isEqualTo(List.of(List.of("1", "0", "1"), List.of("0", "1", "2")));
        assertThat(steps).extracting(s -> s.get("pivot")).containsExactly(
                List.of(1.0, 1.0), List.of(1.0, 1.0), List.of(2.0, 2.0), List.of(2.0, 2.0));
        assertThat(j.get("solution")).isEqualTo(List.of("1", "2"));

        Map<String, Object> decimal = DeriveCommandTest.json("solve", "4,5;-1,3", "14,5", "--steps", "--json");
        List<Map<String, Object>> decimalSteps = (List<Map<String, Object>>) decimal.get("steps");
        assertThat(decimalSteps.get(0).get("operation")).isEqualTo("R2 <- R2 + 0.25 R1");
        assertThat(decimalSteps.get(0).get("matrix")).isEqualTo(List.of(List.of(4.0, 5.0, 14.0), List.of(0.0, 4.25, 8.5)));
    }

    @Test
    void stepsAsText() {
        Run r = run("solve", "4,5;-1,3", "14,5", "--steps", "--exact");
        assertThat(r.out()).contains("step 1: R2 <- R2 + 1/4 R1   (pivot in row 1, column 1)\n   4     5  |    14\n"
                + "   0  17/4  |  17/2\n").endsWith("solution: x1 = 1, x2 = 2\n");
    }

    @Test
    void threeUnknownsWithFractions() {
        // x + y + z = 6, 2y + 5z = −4, 2x + 5y − z = 27: (5, 3, −2); halving b halves x
        assertThat(DeriveCommandTest.json("solve", "1,1,1;0,2,5;2,5,-1", "3,-2,27/2", "--json", "--exact"))
                .isEqualTo(Map.of("solution", List.of("5/2", "3/2", "-1")));
    }

    @Test
    void singularAndInconsistentSystemsSayWhy() {
        Run none = run("solve", "1,2;2,4", "3,7");
        assertThat(none.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(none.err().strip()).isEqualTo(
                "kobai: no solution: after sweeping out, row 2 reads 0 = 1, so the equations contradict each other");
        Run many = run("solve", "1,2;2,4", "3,6");
        assertThat(many.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(many.err().strip()).isEqualTo("kobai: infinitely many solutions: x2 is free, and x1 = 3 - 2 x2");
        assertThat(run("solve", "0,0;0,0", "0,0").err()).contains("x1, x2 are free");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        String[][] cases = {
                {"solve", "1,2,3;4,5,6", "1,2"},
                {"solve", "1,2;3,4", "1,2,3"},
                {"solve", "1,2;3,4", "1,2;3,4"},
                {"solve", "1,2;3", "1,2"},
                {"solve", "1,2;3,4", "1,y"},
                {"solve", "1,2;3,4"},
        };
        for (String[] args : cases) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(run(cases[0]).err()).contains("A must be square (n x n) to solve Ax = b; this one is 2x3");
        assertThat(run(cases[1]).err()).contains("b needs one entry per row of A: A is 2x2 but b has 3 entries");
        assertThat(run(cases[2]).err()).contains("b must be one row or one column, got a 2x2 matrix");
        assertThat(run(cases[4]).err()).contains("b: row 1, column 2: not a number: y");
    }

    @Test
    void aMatrixMayStartWithAMinusSign() {
        // −x + 3y = 5, 4x + 5y = 14: the article's system with the rows swapped, still (1, 2)
        assertThat(DeriveCommandTest.json("solve", "-1,3;4,5", "5,14", "--json"))
                .isEqualTo(Map.of("solution", List.of(1.0, 2.0)));
    }
}
