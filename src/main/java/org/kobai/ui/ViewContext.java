package org.kobai.ui;

import java.util.function.Function;
import javafx.scene.Node;
import org.kobai.lesson.Messages;

/**
 * What a lesson view gets from the shell: its own text, the application's shared text, and a typesetter
 * that turns LaTeX into a formula node in the current theme and scale.
 */
public record ViewContext(Messages text, Messages appText, Function<String, Node> typeset) {}
