package org.kobai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.linalg.Vector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cosine", mixinStandardHelpOptions = true,
        description = {"The inner product of two vectors, their cosine similarity cos θ = α·β / (|α||β|) "
                + "and the angle θ between them.",
                "",
                "Cosine similarity is 1 for the same direction (0°), 0 for orthogonal vectors (90°) and "
                        + "−1 for opposite directions (180°)."},
        footer = {"", "Examples:", "  kobai cosine 2,1 -1,2", "  kobai cosine 1,2,3 4,5,6 --json"})
final class CosineCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "ALPHA", description = "The first vector, components separated by commas: 2,1.")
    String alpha;

    @Parameters(index = "1", paramLabel = "BETA", description = "The second vector, with as many components: -1,2.")
    String beta;

    @Option(names = "--json", description = "Print one JSON object (keys dot, cosine, angleDegrees).")
    boolean json;

    CommandSpec spec;

    /** Lets a vector start with a minus sign: kobai cosine 2,1 -1,2. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.parser().unmatchedOptionsArePositionalParams(true);
    }

    @Override
    public void run() {
        Vector a = vector("ALPHA", alpha);
        Vector b = vector("BETA", beta);
        if (a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("the vectors have different lengths (" + a.dimension() + " and "
                    + b.dimension() + " components)");
        }
        if (a.isZero() || b.isZero()) {
            throw new IllegalArgumentException("the zero vector " + plain(a.isZero() ? a : b)
                    + " has no direction, so cosine similarity is not defined");
        }
        double dot = a.dot(b);
        double cosine = a.cosineSimilarity(b);
        double angle = a.angleDegreesTo(b);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("alpha", list(a));
        result.put("beta", list(b));
        result.put("dot", dot);
        result.put("lengthAlpha", a.length());
        result.put("lengthBeta", b.length());
        result.put("cosine", cosine);
        result.put("angleDegrees", angle);
        String text = "alpha = " + plain(a) + ", beta = " + plain(b) + "\n"
                + "dot: " + NumberText.plain(dot) + "\n"
                + "|alpha| = " + NumberText.plain(a.length()) + ", |beta| = " + NumberText.plain(b.length()) + "\n"
                + "cosine: " + NumberText.plain(cosine) + "\n"
                + "angle: " + NumberText.plain(angle) + " degrees\n";
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }

    private static Vector vector(String name, String typed) {
        String[] parts = typed.split(",", -1);
        double[] c = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                c[i] = NumberText.parse(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + parts[i].trim() + "' is not a number (write "
                        + "components separated by commas, e.g. 2,1)", e);
            }
        }
        return Vector.of(c);
    }

    private static List<Object> list(Vector v) {
        List<Object> out = new ArrayList<>();
        for (double c : v.components()) {
            out.add(c);
        }
        return out;
    }

    private static String plain(Vector v) {
        List<String> parts = new ArrayList<>();
        for (double c : v.components()) {
            parts.add(NumberText.plain(c));
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
