package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bench --step/--param/--set}: a chosen step of one lesson, with another parameter swept. */
class BenchOptionsTest {
    @Test
    @SuppressWarnings("unchecked")
    void measuresTheChosenStepSweepingTheChosenParameter() {
        CliTest.Run r = CliTest.run("bench", "--lesson", "descent", "--step", "2", "--param", "x0",
                "--set", "eta=0.001", "--set", "steps=200", "--updates", "10", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        List<Object> rows = (List<Object>) ((Map<String, Object>) TinyJson.parse(r.out())).get("lessons");
        assertThat(rows).hasSize(1);
        Map<String, Object> row = (Map<String, Object>) rows.get(0);
        assertThat(row).containsEntry("id", "descent").containsEntry("step", 2.0).containsEntry("parameter", "x0")
                .containsEntry("clock", "wall");
        assertThat((Double) row.get("p99Ms")).isGreaterThanOrEqualTo((Double) row.get("medianMs"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void cpuTimeIsTheDrawingThreadsOwn() {
        CliTest.Run r = CliTest.run("bench", "--lesson", "linearity", "--cpu", "--updates", "10", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        Map<String, Object> row = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) TinyJson.parse(r.out()))
                .get("lessons")).get(0);
        assertThat(row).containsEntry("clock", "thread-cpu");
        assertThat((Double) row.get("medianMs")).isPositive();
    }

    @Test
    void badChoicesAreOneLineWithStatusTwo() {
        for (List<String> args : List.of(
                List.of("bench", "--step", "2", "--updates", "10"),
                List.of("bench", "--lesson", "descent", "--step", "9", "--updates", "10"),
                List.of("bench", "--lesson", "descent", "--param", "nope", "--updates", "10"),
                List.of("bench", "--lesson", "descent", "--set", "eta=99", "--updates", "10"),
                List.of("bench", "--lesson", "descent", "--cpu", "--screen", "--updates", "10"))) {
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
    }
}
