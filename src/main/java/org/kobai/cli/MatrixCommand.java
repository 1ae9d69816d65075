package org.kobai.cli;

import java.util.Map;
import org.kobai.math.linalg.RationalMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Exact matrix arithmetic: product, inverse, determinant.",
                "",
                "Type a matrix with rows separated by ';' and entries by ',': \"1,2;3,4\" is (1 2; 3 4). "
                        + "Entries may be fractions and decimals: 3/4, -2, 0.5. Everything is computed exactly "
                        + "in fractions; --exact prints fractions as a/b, otherwise decimals are printed."},
        subcommands = {MatrixCommand.Multiply.class, MatrixCommand.Inverse.class, MatrixCommand.Det.class},
        footer = {"", "Examples:", "  kobai matrix multiply \"1,2;3,4\" \"5,6;7,8\"",
                "  kobai matrix inverse \"4,5;-1,3\" --exact", "  kobai matrix det \"4,5;-1,3\" --json"})
final class MatrixCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "matrix needs a subcommand: multiply, inverse or det");
    }

    /** Options every subcommand shares; lets a matrix start with a minus sign. */
    abstract static class Base implements Runnable {
        @Option(names = "--exact", description = "Print fractions a/b instead of decimals.")
        boolean exact;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        CommandSpec spec;

        @Spec
        void spec(CommandSpec spec) {
            this.spec = spec;
            spec.parser().unmatchedOptionsArePositionalParams(true);
        }

        void print(String key, Object jsonValue, String text) {
            spec.commandLine().getOut().print(json ? Json.write(Map.of(key, jsonValue)) + "\n" : text);
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "multiply", mixinStandardHelpOptions = true,
            description = "The product AB. A (m x n) times B (n x p) needs A's columns to equal B's rows; "
                    + "the result is m x p. JSON key: result.")
    static final class Multiply extends Base {
        @Parameters(index = "0", paramLabel = "A", description = "The left matrix, e.g. \"1,2;3,4\".")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The right matrix, e.g. \"5,6;7,8\".")
        String b;

        @Override
        public void run() {
            RationalMatrix product = MatrixText.read("A", a).times(MatrixText.read("B", b));
            MatrixText out = new MatrixText(exact);
            print("result", out.json(product), out.table(product, -1));
        }
    }

    @Command(name = "inverse", mixinStandardHelpOptions = true,
            description = "The inverse A^-1 with A A^-1 = E, by the sweeping-out method. A singular matrix "
                    + "(det A = 0) has none: exit status 2. JSON key: inverse.")
    static final class Inverse extends Base {
        @Parameters(index = "0", paramLabel = "A", description = "A square matrix, e.g. \"4,5;-1,3\".")
        String a;

        @Override
        public void run() {
            RationalMatrix inverse = MatrixText.read("A", a).inverse();
            MatrixText out = new MatrixText(exact);
            print("inverse", out.json(inverse), out.table(inverse, -1));
        }
    }

    @Command(name = "det", mixinStandardHelpOptions = true,
            description = "The determinant det A (ad - bc for a 2x2 matrix), exactly. JSON key: det.")
    static final class Det extends Base {
        @Parameters(index = "0", paramLabel = "A", description = "A square matrix, e.g. \"4,5;-1,3\".")
        String a;

        @Override
        public void run() {
            MatrixText out = new MatrixText(exact);
            var det = MatrixText.read("A", a).determinant();
            print("det", out.json(det), out.number(det) + "\n");
        }
    }
}
