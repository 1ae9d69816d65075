package org.kobai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Derivative;
import org.kobai.math.expr.DerivativeValue;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Gradient;
import org.kobai.math.expr.GradientValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gradient", mixinStandardHelpOptions = true,
        description = {"The partial derivatives of a function of several variables and its gradient at a point. "
                + "Variables are taken in natural order: x before y, x1 before x2 before x10.",
                "",
                "Type functions as on paper: x1^2 + 2x1 x2 - x2^2, x^2 + y^2, exp(-(x^2 + y^2)). "
                        + "See 'kobai derive --help' for what may be typed."},
        footer = {"", "Examples:", "  kobai gradient \"x1^2 + 2x1x2 - x2^2\" --at 1,2",
                "  kobai gradient \"x^2 + y^2\" --at x=1,y=2 --json"})
final class GradientCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "EXPRESSION", description = "The function, e.g. \"x^2 + y^2\".")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "POINT",
            description = "The point: one value per variable in natural order, 1,2; or by name, x=1,y=2.")
    String at;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    CommandSpec spec;

    /** Lets an expression start with a minus sign: kobai gradient "-x^2". */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        Expression f = Expression.parse(expression);
        if (f.variables().isEmpty()) {
            throw new IllegalArgumentException("the function " + f.text() + " has no variables, so no gradient");
        }
        Gradient g = Gradient.of(f);
        double[] point = DeriveCommand.point(at, g.variables());
        GradientValue value = g.at(point);

        Map<String, Object> partials = new LinkedHashMap<>();
        Map<String, Object> latex = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("function: ").append(f.text()).append('\n');
        for (Derivative d : g.partials()) {
            partials.put(d.variable(), d.expression().text());
            latex.put(d.variable(), d.expression().latex());
            text.append("d/d").append(d.variable()).append(" = ").append(d.expression().text()).append('\n');
        }
        List<Object> gradient = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (DerivativeValue v : value.partials()) {
            gradient.add(v.isDefined() ? v.value() : null);
            shown.add(v.isDefined() ? NumberText.plain(v.value()) : "none");
        }
        text.append("gradient at ").append(DeriveCommand.describe(g.variables(), point)).append(": (")
                .append(String.join(", ", shown)).append(")\n");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("expression", f.text());
        result.put("variables", g.variables());
        result.put("partials", partials);
        result.put("latex", latex);
        result.put("at", DeriveCommand.named(g.variables(), point));
        result.put("gradient", gradient);
        if (!value.isDefined()) {
            result.put("note", value.note());
            text.append(value.note()).append('\n');
        }
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }
}
