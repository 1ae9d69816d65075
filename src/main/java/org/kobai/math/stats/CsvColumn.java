package org.kobai.math.stats;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.kobai.math.NumberText;

/**
 * One column of numbers from CSV text: cells separated by commas (or tabs, or semicolons when a line has no
 * comma), cells in double quotes may contain the separator, blank lines are skipped. If the first line's
 * cell in the column is not a number it is the header, and the column can be chosen by its name. Any row
 * whose cell is missing, empty or not a number makes the whole import fail, with every such row named:
 * a partial import would quietly change the learner's data.
 */
public final class CsvColumn {
    /** At most this many bad rows are listed in an error. */
    public static final int ROWS_LISTED = 5;

    private CsvColumn() {}

    /** What is wrong with one row. */
    public enum Problem { MISSING_CELL, EMPTY_CELL, NOT_A_NUMBER, TOO_LARGE }

    /** A row that could not be read: its line number in the file (from 1), the cell's text, the problem. */
    public record BadRow(int line, String cell, Problem problem) {
        @Override
        public String toString() {
            return switch (problem) {
                case MISSING_CELL -> "line " + line + " has no such column";
                case EMPTY_CELL -> "line " + line + " is empty in this column";
                case NOT_A_NUMBER -> "line " + line + ": '" + cell + "' is not a number";
                case TOO_LARGE -> "line " + line + ": " + cell + " is too large";
            };
        }
    }

    /** Why nothing was imported. */
    public enum Failure { NO_ROWS, NO_SUCH_COLUMN, BAD_ROWS }

    /** The import failed: no rows, a column that does not exist, or rows that are not numbers. */
    public static final class CsvException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Failure failure;
        private final transient List<BadRow> badRows;
        private final int badRowCount;

        CsvException(Failure failure, String message, List<BadRow> badRows, int badRowCount) {
            super(message);
            this.failure = failure;
            this.badRows = List.copyOf(badRows);
            this.badRowCount = badRowCount;
        }

        public Failure failure() { return failure; }
        /** The first {@value #ROWS_LISTED} bad rows. */
        public List<BadRow> badRows() { return badRows; }
        /** All bad rows, listed or not. */
        public int badRowCount() { return badRowCount; }
    }

    /** The numbers read, and the column's header (empty when the file has none). */
    public record Column(double[] values, String header) {}

    /**
     * Reads one column.
     *
     * @param column a header name, or a column number from 1; blank means the first column
     * @throws CsvException if there are no data rows, no such column, or a row without a usable number
     */
    public static Column read(String text, String column) {
        List<String> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] all = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = i == 0 && all[i].startsWith("\uFEFF") ? all[i].substring(1) : all[i];
            if (!line.isBlank()) {
                lines.add(line);
                lineNumbers.add(i + 1);
            }
        }
        if (lines.isEmpty()) {
            throw new CsvException(Failure.NO_ROWS, "the file has no rows", List.of(), 0);
        }
        char separator = separator(lines.get(0));
        List<String> first = cells(lines.get(0), separator);
        String wanted = column == null ? "" : Normalizer.normalize(column, Normalizer.Form.NFKC).strip();
        int index;
        boolean header;
        if (wanted.isEmpty() || wanted.matches("\\d+")) {
            index = wanted.isEmpty() ? 0 : Integer.parseInt(wanted) - 1;
            if (index < 0) {
                throw new CsvException(Failure.NO_SUCH_COLUMN, "columns are numbered from 1", List.of(), 0);
            }
            header = index < first.size() && !isNumber(first.get(index));
        } else {
            index = -1;
            for (int i = 0; i < first.size(); i++) {
                if (first.get(i).strip().equalsIgnoreCase(wanted)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw new CsvException(Failure.NO_SUCH_COLUMN, "no column named '" + wanted + "' in the first line",
                        List.of(), 0);
            }
            header = true;
        }
        int widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, cells(line, separator).size());
        }
        if (index >= widest) {
            throw new CsvException(Failure.NO_SUCH_COLUMN, "there is no column " + (index + 1) + "; the file has "
                    + widest + (widest == 1 ? " column" : " columns"), List.of(), 0);
        }
        String name = header ? first.get(index).strip() : "";
        List<Double> values = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        int badCount = 0;
        for (int r = header ? 1 : 0; r < lines.size(); r++) {
            List<String> cells = cells(lines.get(r), separator);
            int line = lineNumbers.get(r);
            BadRow problem = null;
            if (index >= cells.size()) {
                problem = new BadRow(line, "", Problem.MISSING_CELL);
            } else {
                String cell = Normalizer.normalize(cells.get(index), Normalizer.Form.NFKC).strip();
                if (cell.isEmpty()) {
                    problem = new BadRow(line, cell, Problem.EMPTY_CELL);
                } else {
                    try {
                        double v = NumberText.parse(cell);
                        if (Math.abs(v) > DataSet.MAX_MAGNITUDE) {
                            problem = new BadRow(line, cell, Problem.TOO_LARGE);
                        } else {
                            values.add(v);
                        }
                    } catch (NumberFormatException e) {
                        problem = new BadRow(line, cell, Problem.NOT_A_NUMBER);
                    }
                }
            }
            if (problem != null) {
                badCount++;
                if (bad.size() < ROWS_LISTED) {
                    bad.add(problem);
                }
            }
        }
        if (badCount > 0) {
            StringBuilder m = new StringBuilder();
            for (BadRow b : bad) {
                m.append(m.length() == 0 ? "" : "; ").append(b);
            }
            if (badCount > bad.size()) {
                m.append("; and ").append(badCount - bad.size()).append(" more");
            }
            throw new CsvException(Failure.BAD_ROWS, m.toString(), bad, badCount);
        }
        if (values.isEmpty()) {
            throw new CsvException(Failure.NO_ROWS, "the file has a header but no data rows", List.of(), 0);
        }
        return new Column(values.stream().mapToDouble(Double::doubleValue).toArray(), name);
    }

    private static boolean isNumber(String cell) {
        try {
            NumberText.parse(Normalizer.normalize(cell, Normalizer.Form.NFKC));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static char separator(String line) {
        if (line.indexOf(',') >= 0) {
            return ',';
        }
        if (line.indexOf('\t') >= 0) {
            return '\t';
        }
        return line.indexOf(';') >= 0 ? ';' : ',';
    }

    /** Splits one line; a cell in double quotes may hold the separator, and "" inside it is one quote. */
    static List<String> cells(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
