package org.kobai.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.plot.XYPlot;
import org.kobai.lesson.Messages;
import org.kobai.plot.FigureDescription;
import org.kobai.plot.PlottedSeries;
import org.kobai.plot.TraceCursor;
import org.kobai.ui.sound.AudioTrace;
import org.kobai.ui.sound.Tone;
import org.kobai.ui.sound.TonePlayer;

/**
 * The audio trace and the text description of a focused figure. ←/→ move a cursor along the traced series
 * (Shift: one sample at a time, Home/End: its ends), ↑/↓ choose another series (lines first, then points and
 * bars, across every chart), D shows the description, Esc hides the cursor. Each move is drawn, spoken to
 * the screen reader through the figure's accessible text ("x = …, y = …") and played as a tone whose pitch
 * follows y. The figure's accessible help is its description, kept up to date while it has the focus.
 */
public final class FigureTrace {
    /** A line is crossed in about this many key presses; points and bars go one by one. */
    static final int PRESSES_PER_LINE = 60;

    private final FigurePane pane;
    private final Messages words;
    private final TonePlayer player;
    private final Consumer<String> showDescription;
    private final ChartChangeListener onChartChange = e -> chartChanged();
    private final List<TraceCursor> cursors = new ArrayList<>();
    private List<Traced> series = List.of();
    private int current;
    private int index = -1;
    private String announcement = "";
    private boolean placing;

    /** One series that can be traced, with the chart that shows it. */
    private record Traced(int chart, PlottedSeries data) {}

    /**
     * @param showDescription shows the description on request (a dialog); it is also the accessible help
     */
    public FigureTrace(FigurePane pane, Messages appText, TonePlayer player, Consumer<String> showDescription) {
        if (pane.figure().charts().isEmpty()) {
            throw new IllegalArgumentException("Requires a figure with at least one chart.");
        }
        this.pane = pane;
        this.words = appText;
        this.player = player;
        this.showDescription = showDescription;
        pane.setFocusTraversable(true);
        pane.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        pane.setAccessibleRoleDescription(appText.get("describe.title"));
        for (JFreeChart chart : pane.figure().charts()) {
            TraceCursor c = new TraceCursor();
            cursors.add(c);
            if (chart.getPlot() instanceof XYPlot plot) {
                plot.addAnnotation(c, false);
            }
        }
        pane.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        pane.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                pane.figure().charts().forEach(c -> c.addChangeListener(onChartChange));
                refreshName();
            } else {
                pane.figure().charts().forEach(c -> c.removeChangeListener(onChartChange));
                hideCursor();
            }
        });
        refreshName();
    }

    /** What the screen reader was told last (the value under the cursor, or the figure's name). */
    public String announcement() { return announcement; }

    /** The traced series' name and the cursor's sample index, −1 when no cursor is shown. */
    public int cursorIndex() { return index; }

    public String tracedSeriesName() {
        return current < series.size() ? nameOf(current) : "";
    }

    /** The description of the figure as it is now. */
    public String description() {
        return FigureDescription.of(pane.figure(), words);
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        switch (k) {
            case LEFT, RIGHT, HOME, END -> move(k, e.isShiftDown());
            case UP, DOWN -> switchSeries(k == KeyCode.DOWN ? 1 : -1);
            case D -> showDescription.accept(description());
            case ESCAPE -> {
                if (index < 0) {
                    return;
                }
                hideCursor();
                refreshName();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(KeyCode k, boolean fine) {
        series = traceable();
        if (series.isEmpty()) {
            announce(words.get("trace.nothing"));
            return;
        }
        current = Math.min(current, series.size() - 1);
        PlottedSeries s = series.get(current).data();
        int n = s.size();
        int from = index < 0 ? -1 : Math.min(index, n - 1);
        int step = s.kind() == PlottedSeries.Kind.LINE && !fine ? Math.max(1, n / PRESSES_PER_LINE) : 1;
        int to = switch (k) {
            case HOME -> 0;
            case END -> n - 1;
            case LEFT -> from < 0 ? 0 : Math.max(0, from - step);
            default -> from < 0 ? 0 : Math.min(n - 1, from + step);
        };
        index = to;
        place(from < 0 ? to : from);
    }

    private void switchSeries(int delta) {
        series = traceable();
        if (series.isEmpty()) {
            announce(words.get("trace.nothing"));
            return;
        }
        double x = index >= 0 && current < series.size() ? series.get(current).data().x()[Math.min(index,
                series.get(current).data().size() - 1)] : Double.NaN;
        current = Math.floorMod(current + delta, series.size());
        PlottedSeries s = series.get(current).data();
        index = Double.isNaN(x) ? 0 : nearest(s.x(), x);
        place(index);
    }

    /** Draws the cursor at {@link #index}, speaks its values and plays its tone (coming from {@code from}). */
    private void place(int from) {
        Traced t = series.get(current);
        PlottedSeries s = t.data();
        double x = s.x()[index], y = s.y()[index];
        String value = Double.isFinite(y)
                ? words.format("trace.point", FigureDescription.n(x), FigureDescription.n(y))
                : words.format("trace.gap", FigureDescription.n(x));
        List<String> spoken = new ArrayList<>();
        if (from != index || index == 0) {
            spoken.add(value);
        }
        JFreeChart chart = pane.figure().charts().get(t.chart());
        XYPlot plot = (XYPlot) chart.getPlot();
        double yMin = plot.getRangeAxis().getLowerBound(), yMax = plot.getRangeAxis().getUpperBound();
        Tone tone = yMin < yMax ? new AudioTrace(yMin, yMax).step(s.y(), from, index) : null;
        if (tone != null && tone.timbre() == Tone.Timbre.PAST_EXTREMUM) {
            spoken.add(words.get("trace.turn"));
        }
        if (tone != null && tone.click()) {
            spoken.add(words.get("trace.zero"));
        }
        if (from == index) {
            spoken.add(0, words.format("trace.series", nameOf(current), current + 1, series.size()));
            if (!spoken.contains(value)) {
                spoken.add(1, value);
            }
        }
        placing = true;
        try {
            for (int c = 0; c < cursors.size(); c++) {
                if (c == t.chart()) { // a figure whose charts changed since has no cursor for the new one
                    cursors.get(c).set(x, Double.isFinite(y) ? y : Double.NaN, value);
                } else {
                    cursors.get(c).hide();
                }
            }
        } finally {
            placing = false;
        }
        player.play(tone);
        announce(String.join(", ", spoken));
    }

    /** The data moved under the cursor (a slider, a drag): the cursor follows its sample, silently. */
    private void chartChanged() {
        if (placing || index < 0) {
            refreshHelpLater();
            return;
        }
        List<Traced> now = traceable();
        if (current >= now.size()) {
            hideCursor();
            return;
        }
        series = now;
        Traced t = series.get(current);
        if (t.chart() >= cursors.size()) {
            hideCursor();
            return;
        }
        index = Math.min(index, t.data().size() - 1);
        double x = t.data().x()[index], y = t.data().y()[index];
        placing = true;
        try {
            cursors.get(t.chart()).set(x, Double.isFinite(y) ? y : Double.NaN,
                    words.format("trace.point", FigureDescription.n(x), FigureDescription.n(y)));
        } finally {
            placing = false;
        }
        refreshHelpLater();
    }

    private boolean helpQueued;

    /** The description follows the data, once per burst of changes. */
    private void refreshHelpLater() {
        if (helpQueued) {
            return;
        }
        helpQueued = true;
        javafx.application.Platform.runLater(() -> {
            helpQueued = false;
            pane.setAccessibleHelp(description());
        });
    }

    private void hideCursor() {
        index = -1;
        placing = true;
        try {
            cursors.forEach(TraceCursor::hide);
        } finally {
            placing = false;
        }
    }

    private void refreshName() {
        List<Traced> all = traceable();
        List<String> names = all.stream().map(t -> t.data().name()).filter(n -> n != null).distinct().toList();
        pane.setAccessibleHelp(description());
        announce(names.isEmpty() ? words.get("figure.nameEmpty")
                : words.format("figure.name", String.join(", ", names)));
    }

    private void announce(String text) {
        announcement = text;
        pane.setAccessibleText(text);
        pane.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    private String nameOf(int k) {
        String name = series.get(k).data().name();
        return name != null ? name : words.format("describe.unnamed", k + 1);
    }

    /** Lines first (the curves a lesson is about), then points, then bars; each in chart order. */
    private List<Traced> traceable() {
        List<Traced> lines = new ArrayList<>(), others = new ArrayList<>(), bars = new ArrayList<>();
        List<JFreeChart> charts = pane.figure().charts();
        for (int c = 0; c < charts.size(); c++) {
            for (PlottedSeries s : PlottedSeries.of(charts.get(c))) {
                if (s.size() < 1) {
                    continue;
                }
                switch (s.kind()) {
                    case LINE -> {
                        if (s.size() >= 2) {
                            lines.add(new Traced(c, s));
                        }
                    }
                    case POINTS -> others.add(new Traced(c, s));
                    case BARS -> bars.add(new Traced(c, s));
                }
            }
        }
        lines.addAll(others);
        lines.addAll(bars);
        return lines;
    }

    private static int nearest(double[] xs, double x) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /** Stops following the charts (the figure leaves the screen). */
    public void dispose() {
        pane.figure().charts().forEach(c -> c.removeChangeListener(onChartChange));
        for (int c = 0; c < cursors.size(); c++) {
            if (pane.figure().charts().get(c).getPlot() instanceof XYPlot plot) {
                plot.removeAnnotation(cursors.get(c), false);
            }
        }
    }
}
