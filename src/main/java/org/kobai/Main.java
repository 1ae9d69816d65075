package org.kobai;

import javafx.application.Application;
import org.kobai.app.KobaiApp;
import org.kobai.cli.Cli;

/**
 * Starts the window with no arguments (or a scene file to open), and runs a command otherwise (without
 * starting JavaFX).
 * Separate from {@link KobaiApp} because a class that extends Application cannot be the main class of
 * a jar with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // No arguments, or a scene file to open (a double-clicked .kobai file arrives this way).
        if (args.length == 0 || (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".kobai"))) {
            Application.launch(KobaiApp.class, args);
            return;
        }
        boolean screen = args[0].equals("bench") && java.util.Arrays.asList(args).contains("--screen");
        System.exit(screen
                ? Cli.run(new org.kobai.app.ScreenBenchmark(), new java.io.PrintWriter(System.out, true),
                        new java.io.PrintWriter(System.err, true), args)
                : Cli.run(args));
    }
}
