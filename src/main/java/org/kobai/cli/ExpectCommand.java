package org.kobai.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.probability.DiscreteDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "expect", mixinStandardHelpOptions = true,
        description = {"The expected value E[X] = sum x P(x) and the variance Var(X) = sum (x - E[X])^2 P(x) "
                + "of a discrete random variable given by its values and their probabilities.",
                "Every probability must be >= 0 and together they must sum to 1."},
        footer = {"", "Example (the loaded die):",
                "  kobai expect --values 1,2,3,4,5,6 --probs 0.1,0.1,0.3,0.2,0.2,0.1"})
final class ExpectCommand implements Runnable {
    @Option(names = "--values", required = true, paramLabel = "X1,X2,...", description = "The values X takes.")
    String values;

    @Option(names = "--probs", required = true, paramLabel = "P1,P2,...", description = "Their probabilities.")
    String probabilities;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        DiscreteDistribution d = new DiscreteDistribution(Numbers.list("--values", values),
                Numbers.list("--probs", probabilities));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mean", d.mean());
        result.put("variance", d.variance());
        result.put("sd", d.standardDeviation());
        String text = "E[X] = " + NumberText.plain(d.mean()) + "\n"
                + "Var(X) = " + NumberText.plain(d.variance()) + "\n"
                + "sd = " + NumberText.plain(d.standardDeviation()) + "\n";
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }
}
