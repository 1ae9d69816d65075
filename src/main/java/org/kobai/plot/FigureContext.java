package org.kobai.plot;

import org.kobai.lesson.Messages;

/** What a figure needs besides its model: the lesson's text (axis and legend labels) and the style. */
public record FigureContext(Messages text, FigureStyle style) {}
