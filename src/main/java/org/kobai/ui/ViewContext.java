package org.kobai.ui;

import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.scene.Node;
import org.kobai.lesson.Messages;

/**
 * What a lesson view gets from the shell: its own text, the application's shared text, a typesetter
 * that turns LaTeX into a formula node in the current theme and scale, and the background executor for
 * work too long for the JavaFX thread (reading a file, a long simulation). Work handed to
 * {@code background} reports back with {@code Platform.runLater}.
 */
public record ViewContext(Messages text, Messages appText, Function<String, Node> typeset, Executor background) {}
