package org.kobai.math.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson about f(x) or f(x1, x2) accepts only its own variables, and says where another one is. */
class AllowedVariablesTest {

    @Test
    void aFunctionOfTheAllowedVariablesReadsAsUsual() {
        Expression e = Expression.parse("x1^2 + 2x1 x2", List.of("x1", "x2"));
        assertThat(e.valueAt(Map.of("x1", 1.0, "x2", 2.0))).isEqualTo(5.0); // 1 + 2·1·2, by hand
    }

    @Test
    void anotherVariableIsRefusedAtItsColumn() {
        assertThatThrownBy(() -> Expression.parse("x^2 + y", List.of("x")))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(7);
                    assertThat(e.reason()).isEqualTo("use only the variable x, not 'y'");
                });
        assertThatThrownBy(() -> Expression.parse("x1 + x3", List.of("x1", "x2")))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(6);
                    assertThat(e.reason()).isEqualTo("use only the variables x1 and x2, not 'x3'");
                });
    }
}
