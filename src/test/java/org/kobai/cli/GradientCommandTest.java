package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai gradient} as a user runs it; expected values are the articles' worked examples. */
@SuppressWarnings("unchecked")
class GradientCommandTest {

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    @Test
    void article001PartialsAndGradient() {
        // f = x1² + 2x1x2 − x2²: ∂f/∂x1 = 2x1 + 2x2, ∂f/∂x2 = 2x1 − 2x2; at (1, 2): (6, −2), by hand
        Map<String, Object> j = DeriveCommandTest.json("gradient", "x1^2 + 2x1x2 - x2^2", "--at", "1,2", "--json");
        assertThat(j.get("partials")).isEqualTo(Map.of("x1", "2x1 + 2x2", "x2", "2x1 - 2x2"));
        assertThat((List<Object>) j.get("gradient")).containsExactly(6.0, -2.0);
        assertThat((List<Object>) j.get("variables")).containsExactly("x1", "x2");
        assertThat(j).doesNotContainKey("note");
    }

    @Test
    void article000DifferentiatingByAVector() {
        // ∂/∂X (8x1 + 12x2) = (8, 12)
        Map<String, Object> j = DeriveCommandTest.json("gradient", "8x1 + 12x2", "--at", "0,0", "--json");
        assertThat((List<Object>) j.get("gradient")).containsExactly(8.0, 12.0);
    }

    @Test
    void variablesInNaturalOrder() {
        Map<String, Object> j = DeriveCommandTest.json("gradient", "x10 + 2x2 + 3x1 + 4y", "--at", "0,0,0,0", "--json");
        assertThat((List<Object>) j.get("variables")).containsExactly("x1", "x2", "x10", "y");
        assertThat((List<Object>) j.get("gradient")).containsExactly(3.0, 2.0, 1.0, 4.0);
        assertThat(((Map<String, Object>) j.get("partials")).keySet()).containsExactly("x1", "x2", "x10", "y");
    }

    @Test
    void textListsEachPartialAndTheVector() {
        // article 000: z = x² + y², grad = (2x, 2y); at (1, 2): (2, 4)
        Run r = run("gradient", "x^2 + y^2", "--at", "x=1,y=2");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("d/dx = 2x").contains("d/dy = 2y").contains("gradient at (x, y) = (1, 2): (2, 4)");
    }

    @Test
    void undefinedComponentIsNullWithANote() {
        Map<String, Object> j = DeriveCommandTest.json("gradient", "abs(x) + y", "--at", "0,1", "--json");
        assertThat((List<Object>) j.get("gradient")).containsExactly(null, 1.0);
        assertThat(j).containsEntry("note", "not differentiable with respect to x at (x, y) = (0, 1)");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : new String[][] {
                {"gradient", "x^2 + (y", "--at", "1,2"},
                {"gradient", "x + y", "--at", "1"},
                {"gradient", "2 + 3", "--at", "1"},
                {"gradient", "x + y"},
        }) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(run("gradient", "x^2 + (y", "--at", "1,2").err()).contains("at column 9: expected ')'");
    }

    @Test
    void help() {
        Run r = run("gradient", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai gradient").contains("--at").contains("natural order");
    }
}
