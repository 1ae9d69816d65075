package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai descend} as a user runs it, on article 000's bowl z = x² + y². */
@SuppressWarnings("unchecked")
class DescendCommandTest {
    private static final double EXACT = 1e-12;

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    @Test
    void jsonPathFollowsTheClosedForm() {
        // x_k = (1 − 2η)^k (3, 4) = 0.8^k (3, 4); f = 25·0.64^k
        Map<String, Object> j = DeriveCommandTest.json("descend", "x^2 + y^2", "--start", "3,4", "--eta", "0.1",
                "--steps", "10", "--json");
        assertThat(j).containsEntry("status", "max-steps").containsEntry("iterations", 10.0);
        List<Map<String, Object>> path = (List<Map<String, Object>>) j.get("path");
        assertThat(path).hasSize(11);
        for (int k = 0; k <= 10; k++) {
            List<Object> x = (List<Object>) path.get(k).get("x");
            assertThat((Double) x.get(0)).isCloseTo(3 * Math.pow(0.8, k), within(EXACT));
            assertThat((Double) x.get(1)).isCloseTo(4 * Math.pow(0.8, k), within(EXACT));
            assertThat((Double) path.get(k).get("f")).isCloseTo(25 * Math.pow(0.64, k), within(EXACT * 25));
        }
    }

    @Test
    void convergedAndDivergedRuns() {
        // |∇f| = 10·0.8^k ≤ 1e−8 first at k = 93
        Map<String, Object> j = DeriveCommandTest.json("descend", "x^2 + y^2", "--start", "3,4", "--eta", "0.1",
                "--steps", "1000", "--json");
        assertThat(j).containsEntry("status", "converged").containsEntry("iterations", 93.0);
        // η = 1.05 > 2/L = 1: |1 − 2η| = 1.1, values grow
        assertThat(DeriveCommandTest.json("descend", "x^2 + y^2", "--start", "3,4", "--eta", "1.05", "--json"))
                .containsEntry("status", "diverged");
    }

    @Test
    void optimizersByName() {
        // momentum, hand computed: x₁ = (2.4, 3.2), x₂ = (1.38, 1.84) (see OptimizerTest)
        Map<String, Object> m = DeriveCommandTest.json("descend", "x^2 + y^2", "--start", "3,4", "--eta", "0.1",
                "--steps", "2", "--optimizer", "momentum", "--json");
        List<Object> x2 = (List<Object>) ((List<Map<String, Object>>) m.get("path")).get(2).get("x");
        assertThat((Double) x2.get(0)).isCloseTo(1.38, within(EXACT));
        assertThat((Double) x2.get(1)).isCloseTo(1.84, within(EXACT));
        // Adam's first step is η·sign(g) up to ε: (2.9, 3.9)
        Map<String, Object> a = DeriveCommandTest.json("descend", "x^2 + y^2", "--start", "3,4", "--eta", "0.1",
                "--steps", "1", "--optimizer", "adam", "--json");
        List<Object> x1 = (List<Object>) ((List<Map<String, Object>>) a.get("path")).get(1).get("x");
        assertThat((Double) x1.get(0)).isCloseTo(2.9, within(1e-8));
        assertThat(a).containsEntry("optimizer", "adam");
    }

    @Test
    void csvHasOneRowPerIteration() {
        Run r = run("descend", "x^2 + y^2", "--start", "3,4", "--eta", "0.1", "--steps", "3", "--csv");
        assertThat(r.status()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("iteration,x,y,f,grad_norm");
        assertThat(lines.get(1)).isEqualTo("0,3.0,4.0,25.0,10.0");
        String[] row = lines.get(2).split(",");
        assertThat(Double.parseDouble(row[1])).isCloseTo(2.4, within(EXACT));
    }

    @Test
    void textTableEndsWithTheStatus() {
        Run r = run("descend", "x^2", "--start", "1", "--eta", "0.25", "--steps", "2");
        // x_{k+1} = (1 − 0.5) x_k: 1, 0.5, 0.25
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("function: x^2").contains("0.25").contains("status: max-steps after 2 iterations");
    }

    @Test
    void undefinedWhenAStepLeavesTheDomain() {
        // f = x − ln x from 0.5 with η = 10: x₁ = 10.5, x₂ ≈ 1.45, x₃ < 0 (see DescentTest)
        assertThat(DeriveCommandTest.json("descend", "x - ln(x)", "--start", "0.5", "--eta", "10", "--json"))
                .containsEntry("status", "undefined").containsEntry("iterations", 2.0);
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : new String[][] {
                {"descend", "x^2 + (y", "--start", "1,2", "--eta", "0.1"},
                {"descend", "x^2 + y^2", "--start", "1", "--eta", "0.1"},
                {"descend", "x^2 + y^2", "--start", "1,a", "--eta", "0.1"},
                {"descend", "x^2 + y^2", "--start", "1,2", "--eta", "-1"},
                {"descend", "x^2 + y^2", "--start", "1,2", "--eta", "0.1", "--optimizer", "sgd"},
                {"descend", "x^2 + y^2", "--start", "1,2", "--eta", "0.1", "--steps", "-3"},
                {"descend", "x^2 + y^2", "--start", "1,2", "--eta", "0.1", "--tol", "-1"},
                {"descend", "x^2 + y^2", "--start", "1,2", "--eta", "0.1", "--csv", "--json"},
                {"descend", "ln(x)", "--start", "-1", "--eta", "0.1"},
                {"descend", "3", "--start", "1", "--eta", "0.1"},
                {"descend", "x^2", "--start", "1"},
        }) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(run("descend", "x^2 + y^2", "--start", "1", "--eta", "0.1").err())
                .contains("--start needs 2 values (x, y), got 1");
    }
}
