package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai field} as a user runs it; expected values worked by hand from the formulas. */
@SuppressWarnings("unchecked")
class FieldCommandTest {

    @Test
    void rotationHasDivergenceZeroAndCurlTwo() {
        // F = (−x2, x1): J = [[0, −1], [1, 0]], ∇·F = 0 + 0, ∇×F = 1 − (−1) = 2; F(1, 0.5) = (−0.5, 1)
        Map<String, Object> j = DeriveCommandTest.json("field", "-x2", "x1", "--at", "1,0.5", "--json");
        assertThat((List<Object>) j.get("variables")).containsExactly("x1", "x2");
        assertThat(j.get("jacobian")).isEqualTo(List.of(List.of("0", "-1"), List.of("1", "0")));
        assertThat(j).containsEntry("divergence", "0").containsEntry("curl", "2");
        assertThat((List<Object>) j.get("value")).containsExactly(-0.5, 1.0);
        assertThat(j).containsEntry("divergenceAt", 0.0).containsEntry("curlAt", 2.0).containsEntry("determinantAt", 1.0);
        assertThat(j).doesNotContainKey("note");
    }

    @Test
    void squareMapInXAndYAsText() {
        // F = (x² − y², 2xy): J(1, 0.5) = [[2, −1], [1, 2]], det 5, ∇·F = 4x = 4, ∇×F = 4y = 2
        Run r = DeriveCommandTest.run("field", "x^2 - y^2", "2x y", "--at", "x=1,y=0.5");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Jacobian: [[2x, -2y], [2y, 2x]]").contains("divergence: 4x").contains("curl: 4y")
                .contains("at (x, y) = (1, 0.5): F = (0.75, 1), J = [[2, -1], [1, 2]], det J = 5, divergence 4, curl 2");
    }

    @Test
    void sourceWithOneVariablePerComponent() {
        // F = (x1, x2): ∇·F = 2, ∇×F = 0; a constant component is fine
        Map<String, Object> j = DeriveCommandTest.json("field", "x1", "0", "--at", "2,3", "--json");
        assertThat(j).containsEntry("divergence", "1").containsEntry("curl", "0");
    }

    @Test
    void undefinedPointGivesNullsAndANote() {
        Map<String, Object> j = DeriveCommandTest.json("field", "sqrt(x1)", "x2", "--at", "-1,0", "--json");
        assertThat(j.get("divergenceAt")).isNull();
        assertThat((String) j.get("note")).contains("not defined");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : new String[][] {
                {"field", "x1 + (", "x2", "--at", "1,2"},
                {"field", "x1", "x2", "--at", "1"},
                {"field", "x1 + y", "x2", "--at", "1,2"},
                {"field", "x1", "x3", "--at", "1,2"},
                {"field", "x1", "x2"},
        }) {
            Run r = DeriveCommandTest.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
    }
}
