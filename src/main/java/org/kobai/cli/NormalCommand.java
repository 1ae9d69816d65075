package org.kobai.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.probability.NormalDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "normal", mixinStandardHelpOptions = true,
        description = {"The normal distribution N(mean, sd^2): the probability of an interval, the density "
                + "f(x) = 1/sqrt(2 pi sd^2) exp(-(x - mean)^2 / (2 sd^2)) and the distribution function "
                + "F(x) = P(X <= x).",
                "Numbers may be typed as 1.5, -2, 1/3 or pi."},
        footer = {"", "Examples:", "  kobai normal --mean 0 --sd 1 --between -1,1",
                "  kobai normal --mean 170 --sd 6 --cdf 182 --pdf 170 --json"})
final class NormalCommand implements Runnable {
    @Option(names = "--mean", paramLabel = "MU", description = "The mean (default 0).")
    String mean = "0";

    @Option(names = "--sd", paramLabel = "SIGMA", description = "The standard deviation, > 0 (default 1).")
    String sd = "1";

    @Option(names = "--between", paramLabel = "A,B", description = "P(A <= X <= B), for A < B.")
    String between;

    @Option(names = "--pdf", paramLabel = "X", description = "The density f(X).")
    String pdf;

    @Option(names = "--cdf", paramLabel = "X", description = "F(X) = P(X <= X).")
    String cdf;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        NormalDistribution n = new NormalDistribution(Numbers.one("--mean", mean), Numbers.one("--sd", sd));
        if (between == null && pdf == null && cdf == null) {
            throw new IllegalArgumentException("say what to compute: --between A,B, --pdf X or --cdf X");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mean", n.mean());
        result.put("sd", n.standardDeviation());
        StringBuilder text = new StringBuilder("N(mean = ").append(NumberText.plain(n.mean()))
                .append(", sd = ").append(NumberText.plain(n.standardDeviation())).append(")\n");
        if (between != null) {
            double[] ab = Numbers.list("--between", between);
            if (ab.length != 2) {
                throw new IllegalArgumentException("--between needs two numbers A,B, got '" + between + "'");
            }
            double p = n.probabilityBetween(ab[0], ab[1]);
            result.put("between", java.util.List.of(ab[0], ab[1]));
            result.put("probability", p);
            text.append("P(").append(NumberText.plain(ab[0])).append(" <= X <= ").append(NumberText.plain(ab[1]))
                    .append(") = ").append(NumberText.plain(p)).append('\n');
        }
        if (pdf != null) {
            double x = Numbers.one("--pdf", pdf);
            result.put("pdfAt", x);
            result.put("pdf", n.density(x));
            text.append("f(").append(NumberText.plain(x)).append(") = ").append(NumberText.plain(n.density(x))).append('\n');
        }
        if (cdf != null) {
            double x = Numbers.one("--cdf", cdf);
            result.put("cdfAt", x);
            result.put("cdf", n.cdf(x));
            text.append("F(").append(NumberText.plain(x)).append(") = P(X <= ").append(NumberText.plain(x))
                    .append(") = ").append(NumberText.plain(n.cdf(x))).append('\n');
        }
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }
}
