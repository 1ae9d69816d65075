package org.kobai.cli;

import java.io.PrintWriter;
import org.kobai.lessons.LessonRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code kobai <command> ...}. Bad input exits with status 2 and one line on stderr
 * naming what is wrong; no stack traces.
 */
@Command(name = "kobai", mixinStandardHelpOptions = true, version = "Kobai 0.1",
        description = "An interactive tutor for the mathematics of machine learning. "
                + "Run without arguments to open the window.",
        subcommands = {LessonsCommand.class, ExportCommand.class, BenchCommand.class,
                DeriveCommand.class, GradientCommand.class, FieldCommand.class, FitCommand.class, DescendCommand.class,
                SeriesCommand.class,
                StatsCommand.class,
                MatrixCommand.class, SolveCommand.class,
                CosineCommand.class,
                NormalCommand.class, BayesCommand.class, ExpectCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command and returns the exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(null, out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with an on-screen benchmark for {@code bench --screen}. */
    public static int run(ScreenBench screen, PrintWriter out, PrintWriter err, String... args) {
        if (screen == null) {
            System.setProperty("java.awt.headless", "true");
        }
        LessonRegistry registry = LessonRegistry.standard();
        CommandLine cl = new CommandLine(new Cli(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == BenchCommand.class) {
                    return cls.cast(new BenchCommand(registry, screen));
                }
                if (cls == LessonsCommand.class || cls == ExportCommand.class) {
                    return cls.getDeclaredConstructor(LessonRegistry.class).newInstance(registry);
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("kobai: " + ex.getMessage());
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException) {
                err.println("kobai: " + ex.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            err.println("kobai: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()));
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }
}
