package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kobai.cli.DeriveCommandTest.Run;

/** {@code kobai normal}, {@code bayes} and {@code expect} as a user runs them. */
@SuppressWarnings("unchecked")
class ProbabilityCommandsTest {
    private static final double RELATIVE = 1e-12;

    private static Run run(String... args) {
        return DeriveCommandTest.run(args);
    }

    private static double number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).doubleValue();
    }

    @Test
    void normalBetweenPdfAndCdf() {
        // P(−1 ≤ Z ≤ 1) = erf(1/√2) = 0.68268949213708589717 (mpmath).
        Map<String, Object> j = DeriveCommandTest.json("normal", "--mean", "0", "--sd", "1", "--between", "-1,1", "--json");
        assertThat(number(j, "probability")).isCloseTo(0.68268949213708589717, within(RELATIVE));
        // The article's 3σ rule: 99.7%.
        Map<String, Object> three = DeriveCommandTest.json("normal", "--mean", "170", "--sd", "6", "--between", "152,188", "--json");
        assertThat(number(three, "probability")).isCloseTo(0.99730020393673981095, within(RELATIVE));
        // f(0) = 1/√(2π) = 0.39894228040143267794, Φ(−10) = 7.619853024160526066e-24 (mpmath).
        Map<String, Object> both = DeriveCommandTest.json("normal", "--pdf", "0", "--cdf", "-10", "--json");
        assertThat(number(both, "pdf")).isCloseTo(0.39894228040143267794, within(RELATIVE));
        assertThat(number(both, "cdf")).isCloseTo(7.619853024160526066e-24, within(RELATIVE * 7.62e-24));
        Run text = run("normal", "--mean", "0", "--sd", "1", "--between", "-1,1");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("P(-1 <= X <= 1) = 0.682689");
    }

    @Test
    void bayesPosterior() {
        // P(spam|word) = 0.3·0.8 / (0.3·0.8 + 0.7·0.1) = 24/31, by hand.
        Map<String, Object> j = DeriveCommandTest.json("bayes", "--prior", "0.3", "--likelihood", "0.8",
                "--false-alarm", "0.1", "--json");
        assertThat(number(j, "posterior")).isCloseTo(24.0 / 31, within(1e-15));
        assertThat(number((Map<String, Object>) j.get("of1000"), "spamWithWord")).isCloseTo(240, within(1e-12));
        Run text = run("bayes", "--prior", "0.3", "--likelihood", "0.8", "--false-alarm", "0.1");
        assertThat(text.out()).contains("posterior P(spam|word) = 0.774194").contains("240 of them with the word");
    }

    @Test
    void expectTheLoadedDie() {
        // Article 000: E[X] = 3.6; Var(X) = 15 − 3.6² = 2.04, by hand.
        Map<String, Object> j = DeriveCommandTest.json("expect", "--values", "1,2,3,4,5,6",
                "--probs", "0.1,0.1,0.3,0.2,0.2,0.1", "--json");
        assertThat(number(j, "mean")).isEqualTo(3.6);
        assertThat(number(j, "variance")).isEqualTo(2.04);
        assertThat(run("expect", "--values", "0,1", "--probs", "1/2,1/2").out()).contains("E[X] = 0.5");
    }

    @Test
    void invalidInputExitsTwoWithTheReason() {
        Object[][] cases = {
                {new String[] {"normal", "--sd", "0", "--pdf", "1"}, "the standard deviation must be > 0, got 0"},
                {new String[] {"normal", "--sd", "-2", "--cdf", "1"}, "the standard deviation must be > 0, got -2"},
                {new String[] {"normal", "--between", "1,-1"}, "the interval needs a < b, got a = 1 and b = -1"},
                {new String[] {"normal", "--between", "1,1"}, "the interval needs a < b"},
                {new String[] {"normal", "--between", "1"}, "--between needs two numbers A,B"},
                {new String[] {"normal", "--mean", "abc", "--pdf", "0"}, "--mean: not a number: abc"},
                {new String[] {"normal"}, "say what to compute"},
                {new String[] {"bayes", "--prior", "1.5", "--likelihood", "0.8", "--false-alarm", "0.1"},
                        "the prior must be between 0 and 1, got 1.5"},
                {new String[] {"bayes", "--prior", "0.3", "--likelihood", "0", "--false-alarm", "0"}, "P(word) = 0"},
                {new String[] {"bayes", "--prior", "0.3"}, "Missing required options"},
                {new String[] {"expect", "--values", "1,2,3", "--probs", "0.5,0.6,0.1"},
                        "the probabilities sum to 1.2, not 1"},
                {new String[] {"expect", "--values", "1,2,3", "--probs", "0.5,0.5"},
                        "values and probabilities differ in length: 3 values, 2 probabilities"},
                {new String[] {"expect", "--values", "1,2", "--probs", "1.2,-0.2"},
                        "probability 2 is -0.2, below 0"},
                {new String[] {"expect", "--values", "1,,2", "--probs", "0.5,0.5"}, "number 2 is missing"},
        };
        for (Object[] c : cases) {
            String[] args = (String[]) c[0];
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).as(String.join(" ", args)).contains((String) c[1]);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void help() {
        assertThat(run("normal", "--help").out()).contains("Usage: kobai normal").contains("--between");
        assertThat(run("bayes", "--help").out()).contains("--false-alarm");
        assertThat(run("expect", "--help").out()).contains("--probs");
    }
}
