package org.kobai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kobai derive} as a user runs it; expected derivatives are the articles' and hand-worked ones. */
@SuppressWarnings("unchecked")
class DeriveCommandTest {

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    static Map<String, Object> json(String... args) {
        Run r = run(args);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip().lines()).hasSize(1);
        return (Map<String, Object>) TinyJson.parse(r.out());
    }

    @Test
    void textShowsTheDerivativeItsLatexTheRulesAndTheValue() {
        Run r = run("derive", "x^3", "--at", "2");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("3x^2").contains("3x^{2}").contains("power")
                .contains("at x = 2: 12"); // 3·2² = 12
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonHasTheDerivativeAndItsValue() {
        // article 001, erratum 3: the slope of x² at x = 1 is 2
        Map<String, Object> j = json("derive", "x^2", "--at", "1", "--json");
        assertThat(j).containsEntry("expression", "x^2").containsEntry("derivative", "2x")
                .containsEntry("latex", "2x").containsEntry("value", 2.0).doesNotContainKey("note");
    }

    @Test
    void jsonNamesTheChainRulesInnerFunction() {
        Map<String, Object> j = json("derive", "(x^2+1)^3", "--json");
        assertThat(j).containsEntry("derivative", "6x(x^2 + 1)^2").doesNotContainKey("value");
        assertThat((List<Object>) j.get("rules")).startsWith("POWER", "CHAIN");
        assertThat((List<Object>) j.get("chain")).containsExactly("x^2 + 1");
    }

    @Test
    void notDifferentiableIsAnAnswerNotAnError() {
        Map<String, Object> j = json("derive", "|x|", "--at", "0", "--json");
        assertThat(j).containsEntry("derivative", "sign(x)").containsEntry("value", null)
                .containsEntry("note", "not differentiable at x = 0");
        Run text = run("derive", "abs(x)", "--at", "0");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("not differentiable at x = 0");
    }

    @Test
    void notDefinedIsAnAnswerToo() {
        assertThat(json("derive", "ln(x)", "--at", "0", "--json")).containsEntry("value", null)
                .containsEntry("note", "not defined at x = 0");
    }

    @Test
    void partialDerivativeByAChosenVariable() {
        // article 000: ∂/∂x1 (4x1² + 3x2) = 8x1, ∂/∂x2 = 3
        assertThat(json("derive", "4x1^2 + 3x2", "--var", "x1", "--at", "1,5", "--json"))
                .containsEntry("derivative", "8x1").containsEntry("value", 8.0);
        assertThat(json("derive", "4x1^2 + 3x2", "--var", "x2", "--json")).containsEntry("derivative", "3");
        assertThat(json("derive", "x^2 y", "--var", "y", "--at", "y=2,x=3", "--json"))
                .containsEntry("value", 9.0).containsEntry("at", Map.of("x", 3.0, "y", 2.0));
    }

    @Test
    void pointValuesReadLikeNumbersAreTyped() {
        assertThat(json("derive", "sin(x)", "--at", "pi", "--json")).containsEntry("value", -1.0); // cos π
        assertThat(json("derive", "x^2", "--at", "1/4", "--json")).containsEntry("value", 0.5);
        assertThat(json("derive", "x^2", "--at", "\u22123", "--json")).containsEntry("value", -6.0);
    }

    @Test
    void expressionMayStartWithAMinus() {
        assertThat(json("derive", "-x^2", "--at", "-1", "--json")).containsEntry("derivative", "-2x")
                .containsEntry("value", 2.0);
    }

    @Test
    void constantFunctionDifferentiatesByX() {
        assertThat(json("derive", "pi", "--json")).containsEntry("variable", "x").containsEntry("derivative", "0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sin(x;                  kobai: at column 6: expected ')'",
            "2*sine(x);              kobai: at column 3: unknown function 'sine'",
            "'';                     kobai: at column 1: empty expression",
            "x y;                    kobai: the function has several variables (x, y): choose one with --var",
    })
    void badExpressionsExitTwoWithOneLine(String expression, String message) {
        Run r = run("derive", expression);
        assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "x^2; --at; abc;     kobai: --at: 'abc' is not a number",
            "x^2; --at; 1,2;     kobai: --at needs 1 value (x), got 2",
            "x^2; --at; y=1;     kobai: --at: the function has no variable y (variables: x)",
            "x^2; --var; 2x;     kobai: --var must be a variable name such as x or x1, got '2x'",
    })
    void badOptionsExitTwoWithOneLine(String expression, String option, String value, String message) {
        Run r = run("derive", expression, option, value);
        assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().strip().lines()).containsExactly(message);
    }

    @Test
    void helpExplainsWhatMayBeTyped() {
        Run r = run("derive", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: kobai derive").contains("--var").contains("--at").contains("--json")
                .contains("natural log");
        assertThat(run("--help").out()).contains("derive").contains("gradient");
    }
}
