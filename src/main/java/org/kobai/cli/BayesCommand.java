package org.kobai.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kobai.math.NumberText;
import org.kobai.math.probability.BayesUpdate;
import org.kobai.math.probability.NaturalFrequencies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bayes", mixinStandardHelpOptions = true,
        description = {"Bayes' theorem for a spam filter: P(spam|word) = P(spam) P(word|spam) / P(word), "
                + "with P(word) = P(spam) P(word|spam) + P(not spam) P(word|not spam).",
                "Probabilities may be typed as 0.3 or 3/10."},
        footer = {"", "Example:", "  kobai bayes --prior 0.3 --likelihood 0.8 --false-alarm 0.1"})
final class BayesCommand implements Runnable {
    private static final double MAILS = 1000;

    @Option(names = "--prior", required = true, paramLabel = "P", description = "P(spam), the prior.")
    String prior;

    @Option(names = "--likelihood", required = true, paramLabel = "P", description = "P(word|spam), the likelihood.")
    String likelihood;

    @Option(names = "--false-alarm", required = true, paramLabel = "P",
            description = "P(word|not spam), how often other mail has the word.")
    String falseAlarm;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        BayesUpdate b = new BayesUpdate(Numbers.one("--prior", prior), Numbers.one("--likelihood", likelihood),
                Numbers.one("--false-alarm", falseAlarm));
        NaturalFrequencies f = NaturalFrequencies.of(b, MAILS);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("prior", b.prior());
        result.put("likelihood", b.likelihood());
        result.put("falseAlarm", b.falseAlarm());
        result.put("evidence", b.evidence());
        result.put("posterior", b.posterior());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("mails", f.total());
        counts.put("spam", f.spam());
        counts.put("spamWithWord", f.spamWithWord());
        counts.put("otherWithWord", f.otherWithWord());
        result.put("of1000", counts);
        String text = "prior P(spam) = " + NumberText.plain(b.prior()) + "\n"
                + "likelihood P(word|spam) = " + NumberText.plain(b.likelihood()) + "\n"
                + "P(word|not spam) = " + NumberText.plain(b.falseAlarm()) + "\n"
                + "evidence P(word) = " + NumberText.plain(b.evidence()) + "\n"
                + "posterior P(spam|word) = " + NumberText.plain(b.posterior()) + "\n"
                + "of 1000 mails: " + NumberText.plain(f.spam()) + " spam, " + NumberText.plain(f.spamWithWord())
                + " of them with the word; " + NumberText.plain(f.otherWithWord()) + " other mails with the word\n";
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : text);
        spec.commandLine().getOut().flush();
    }
}
