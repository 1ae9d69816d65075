package org.kobai.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kobai.math.NumberText;
import org.kobai.math.expr.Expression;
import org.kobai.math.expr.Variables;
import org.kobai.math.field.Jacobian;
import org.kobai.math.field.JacobianValue;
import org.kobai.math.field.VectorField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "field", mixinStandardHelpOptions = true,
        description = {"A vector field F = (F1, F2) on the plane, or a map R² → R²: its Jacobian, its divergence "
                + "∂F1/∂x1 + ∂F2/∂x2 and its curl ∂F2/∂x1 − ∂F1/∂x2, as formulas and at a point.",
                "",
                "The variables are x1, x2, or x, y (in that order); type the components as on paper."},
        footer = {"", "Examples:", "  kobai field \"-x2\" \"x1\" --at 1,0.5",
                "  kobai field \"x^2 - y^2\" \"2x y\" --at x=1,y=0.5 --json"})
final class FieldCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "F1", description = "The first component, e.g. \"-x2\".")
    String first;

    @Parameters(index = "1", paramLabel = "F2", description = "The second component, e.g. \"x1\".")
    String second;

    @Option(names = "--at", required = true, paramLabel = "POINT",
            description = "The point: 1,0.5; or by name, x1=1,x2=0.5.")
    String at;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    CommandSpec spec;

    /** Lets a component start with a minus sign: kobai field "-x2" "x1". */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        Expression f1 = Expression.parse(first);
        Expression f2 = Expression.parse(second);
        List<String> variables = variablesOf(f1, f2);
        VectorField field = VectorField.of(f1, f2, variables);
        double[] p = DeriveCommand.point(at, variables);
        Jacobian jacobian = field.jacobian();
        double[] value = field.valueAt(p[0], p[1]);
        JacobianValue j = jacobian.at(p[0], p[1]);
        double div = field.divergenceAt(p[0], p[1]);
        double curl = field.curlAt(p[0], p[1]);

        List<List<String>> formulas = new ArrayList<>();
        List<List<Object>> numbers = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            List<String> f = new ArrayList<>();
            List<Object> n = new ArrayList<>();
            for (int column = 0; column < 2; column++) {
                f.add(jacobian.entry(row, column).expression().text());
                n.add(j.entry(row, column).isDefined() ? j.entry(row, column).value() : null);
            }
            formulas.add(f);
            numbers.add(n);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("field", List.of(f1.text(), f2.text()));
        result.put("variables", variables);
        result.put("jacobian", formulas);
        result.put("divergence", field.divergence().text());
        result.put("curl", field.curl().text());
        result.put("at", DeriveCommand.named(variables, p));
        result.put("value", Arrays.asList(finiteOrNull(value[0]), finiteOrNull(value[1])));
        result.put("jacobianAt", numbers);
        result.put("determinantAt", j.isDefined() ? j.determinant() : null);
        result.put("divergenceAt", finiteOrNull(div));
        result.put("curlAt", finiteOrNull(curl));
        String note = j.isDefined() && Double.isFinite(div) && Double.isFinite(curl) ? ""
                : j.note().isEmpty() ? "not defined at " + DeriveCommand.describe(variables, p) : j.note();
        if (!note.isEmpty()) {
            result.put("note", note);
        }
        String text = "field: F = (" + f1.text() + ", " + f2.text() + ")\n"
                + "Jacobian: " + jacobian + "\n"
                + "divergence: " + field.divergence().text() + "\n"
                + "curl: " + field.curl().text() + "\n"
                + "at " + DeriveCommand.describe(variables, p) + ": F = (" + shown(value[0]) + ", " + shown(value[1])
                + "), J = " + matrix(numbers) + ", det J = " + (j.isDefined() ? shown(j.determinant()) : "none")
                + ", divergence " + shown(div) + ", curl " + shown(curl) + "\n"
                + (note.isEmpty() ? "" : note + "\n");
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    /** The components' variables; with fewer than two, filled up to (x1, x2) or (x, y). */
    static List<String> variablesOf(Expression f1, Expression f2) {
        TreeSet<String> names = new TreeSet<>(Variables.NATURAL_ORDER);
        names.addAll(f1.variables());
        names.addAll(f2.variables());
        if (names.size() > 2) {
            throw new IllegalArgumentException("a field on the plane has two variables, got " + String.join(", ", names));
        }
        boolean xy = names.contains("x") || names.contains("y");
        List<String> variables = xy ? List.of("x", "y") : List.of("x1", "x2");
        if (!variables.containsAll(names)) {
            throw new IllegalArgumentException("use the variables x1 and x2, or x and y, not " + String.join(" and ", names));
        }
        return variables;
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String shown(double v) {
        return Double.isFinite(v) ? NumberText.plain(v) : "none";
    }

    private static String matrix(List<List<Object>> m) {
        List<String> rows = new ArrayList<>();
        for (List<Object> row : m) {
            rows.add("[" + String.join(", ", row.stream().map(v -> v == null ? "none" : NumberText.plain((Double) v)).toList()) + "]");
        }
        return "[" + String.join(", ", rows) + "]";
    }
}
