package org.kobai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kobai.math.linalg.GaussJordan;
import org.kobai.math.linalg.Rational;
import org.kobai.math.linalg.RationalMatrix;
import org.kobai.math.linalg.Solutions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Solves the linear system Ax = b by the sweeping-out method (Gauss-Jordan elimination), "
                + "exactly in fractions.",
                "",
                "A is square, typed with rows separated by ';' and entries by ',' (\"4,5;-1,3\"); b has one "
                        + "entry per row (\"14,5\" or \"14;5\"). A system with no solution or infinitely many "
                        + "exits with status 2 and says which. JSON keys: solution, and steps with --steps "
                        + "(each with operation, matrix and pivot, the pivot's row and column from 1)."},
        footer = {"", "Examples:", "  kobai solve \"4,5;-1,3\" \"14,5\"",
                "  kobai solve \"4,5;-1,3\" \"14,5\" --steps --exact", "  kobai solve \"2,1;1,3\" \"1,2\" --json"})
final class SolveCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "A", description = "The coefficients, e.g. \"4,5;-1,3\".")
    String a;

    @Parameters(index = "1", paramLabel = "b", description = "The right-hand side, e.g. \"14,5\".")
    String b;

    @Option(names = "--steps", description = "Show every row operation and the augmented matrix after it.")
    boolean steps;

    @Option(names = "--exact", description = "Print fractions a/b instead of decimals.")
    boolean exact;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    CommandSpec spec;

    /** Lets a matrix start with a minus sign: kobai solve "-1,2;3,4" "1,2". */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        RationalMatrix coefficients = MatrixText.read("A", a);
        GaussJordan.Elimination e = GaussJordan.solve(coefficients, rightSide(MatrixText.read("b", b)));
        MatrixText out = new MatrixText(exact);
        Solutions solutions = e.solutions();
        if (solutions instanceof Solutions.None none) {
            throw new IllegalArgumentException("no solution: after sweeping out, row " + (none.row() + 1)
                    + " reads 0 = " + none.value() + ", so the equations contradict each other");
        }
        if (solutions instanceof Solutions.Infinite inf) {
            throw new IllegalArgumentException("infinitely many solutions: " + free(inf.free())
                    + (inf.free().size() == 1 ? " is" : " are") + " free, and "
                    + String.join(", ", e.pivotEquations(Rational::toString)));
        }
        List<Rational> x = ((Solutions.Unique) solutions).x();
        int n = coefficients.columns();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("solution", out.json(x));
        StringBuilder text = new StringBuilder();
        if (steps) {
            List<Object> list = new ArrayList<>();
            text.append("start: [A | b]\n").append(out.table(e.start(), n));
            int k = 1;
            for (GaussJordan.Step s : e.steps()) {
                Map<String, Object> step = new LinkedHashMap<>();
                String operation = s.operation().describe(out.numbers(), " <- ", " <-> ", " ");
                step.put("operation", operation);
                step.put("matrix", out.json(s.matrix()));
                step.put("pivot", List.of(s.pivot().row() + 1, s.pivot().column() + 1));
                list.add(step);
                text.append("step ").append(k++).append(": ").append(operation).append("   (pivot in row ")
                        .append(s.pivot().row() + 1).append(", column ").append(s.pivot().column() + 1).append(")\n")
                        .append(out.table(s.matrix(), n));
            }
            result.put("steps", list);
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            named.add("x" + (i + 1) + " = " + out.number(x.get(i)));
        }
        text.append("solution: ").append(String.join(", ", named)).append('\n');
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    /** b as a list: one row or one column. */
    private static List<Rational> rightSide(RationalMatrix b) {
        if (b.rows() == 1) {
            return List.of(b.row(0));
        }
        if (b.columns() == 1) {
            return b.column(0);
        }
        throw new IllegalArgumentException("b must be one row or one column, got a " + b.shape() + " matrix");
    }

    private static String free(List<Integer> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(j -> names.add("x" + (j + 1)));
        return String.join(", ", names);
    }
}
