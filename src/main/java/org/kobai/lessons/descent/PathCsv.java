package org.kobai.lessons.descent;

import java.io.File;
import java.util.function.Function;
import javafx.stage.Window;

/** The export of the descent's path as CSV: where the file goes is asked of a choice, a save dialog unless set. */
public interface PathCsv {
    /**
     * Replaces the save dialog: {@code choice} gets the window and returns the file to write, or null to
     * write nothing.
     */
    void setFileChoice(Function<Window, File> choice);
}
