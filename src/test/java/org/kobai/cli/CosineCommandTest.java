package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai cosine} as a user runs it; expected values are article 000's and hand-worked ones. */
class CosineCommandTest {
    private static final double TOLERANCE = 1e-12;

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    @Test
    void article000OrthogonalVectors() {
        // article 000: α = (2, 1), β = (−1, 2): α·β = 0, cos θ = 0, θ = 90°
        Map<String, Object> j = DeriveCommandTest.json("cosine", "2,1", "-1,2", "--json");
        assertThat(j).containsEntry("dot", 0.0).containsEntry("cosine", 0.0).containsEntry("angleDegrees", 90.0);
        assertThat((List<Object>) j.get("alpha")).containsExactly(2.0, 1.0);
        assertThat((List<Object>) j.get("beta")).containsExactly(-1.0, 2.0);
        assertThat((Double) j.get("lengthAlpha")).isCloseTo(Math.sqrt(5), within(TOLERANCE));
    }

    @Test
    void oppositeDirectionsAreMinusOneAt180Degrees() {
        // erratum 8: cosine similarity −1 means opposite directions, θ = 180°
        Map<String, Object> j = DeriveCommandTest.json("cosine", "2,1", "-4,-2", "--json");
        assertThat(j).containsEntry("dot", -10.0).containsEntry("cosine", -1.0).containsEntry("angleDegrees", 180.0);
    }

    @Test
    void threeComponentsAndFractions() {
        // (1, 2, 3)·(4, 5, 6) = 32, |·| = √14 and √77: cos θ = 32/√1078 (by hand)
        Map<String, Object> j = DeriveCommandTest.json("cosine", "1,2,3", "4,5,6", "--json");
        assertThat(j).containsEntry("dot", 32.0);
        assertThat((Double) j.get("cosine")).isCloseTo(32 / Math.sqrt(1078), within(TOLERANCE));
        assertThat((Double) j.get("angleDegrees")).isCloseTo(Math.toDegrees(Math.acos(32 / Math.sqrt(1078))), within(1e-9));
        // 1/2 and pi are read as numbers: (1/2, 0)·(pi, 0) = pi/2, same direction
        Map<String, Object> k = DeriveCommandTest.json("cosine", "1/2,0", "pi,0", "--json");
        assertThat((Double) k.get("dot")).isCloseTo(Math.PI / 2, within(TOLERANCE));
        assertThat(k).containsEntry("cosine", 1.0).containsEntry("angleDegrees", 0.0);
    }

    @Test
    void textShowsDotCosineAndAngle() {
        Run r = run("cosine", "2,1", "-1,2");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("dot: 0").contains("cosine: 0").contains("angle: 90 degrees")
                .contains("alpha = (2, 1), beta = (-1, 2)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : new String[][] {
                {"cosine", "0,0", "1,2"},
                {"cosine", "1,2", "0,0"},
                {"cosine", "1,2", "1,2,3"},
                {"cosine", "1,x", "1,2"},
                {"cosine", "1,2"},
                {"cosine", "1,,2", "1,2,3"},
        }) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(run("cosine", "0,0", "1,2").err()).contains("zero vector (0, 0) has no direction");
        assertThat(run("cosine", "1,2", "1,2,3").err()).contains("different lengths (2 and 3 components)");
        assertThat(run("cosine", "1,x", "1,2").err()).contains("'x' is not a number");
    }

    @Test
    void help() {
        Run r = run("cosine", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai cosine").contains("--json").contains("180");
    }
}
