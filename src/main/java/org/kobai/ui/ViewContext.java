package org.kobai.ui;

import org.kobai.lesson.Messages;

/** What a lesson view gets from the shell: its own text and the application's shared text. */
public record ViewContext(Messages text, Messages appText) {}
