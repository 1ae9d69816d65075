package org.kobai.math.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.kobai.math.regression.PointsCsvException.Problem;

/** Reading two-column files: what is accepted, and every way a file can be wrong, with its row. */
class PointsCsvTest {
    private static final int LIMIT = 1000;

    private static DataPoints read(String text) throws IOException {
        return PointsCsv.read(new StringReader(text), LIMIT);
    }

    private static void assertProblem(String text, Problem problem, int row, String detail) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(PointsCsvException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.detail()).isEqualTo(detail);
        });
    }

    @Test
    void commaSeparatedWithAHeader() throws IOException {
        DataPoints p = read("x,y\n1,3\n2,3\n3,6\n4,6\n5,8\n");
        assertThat(p).isEqualTo(LeastSquaresTest.EXAMPLE);
    }

    @Test
    void otherSeparatorsQuotesBlankLinesCommentsAndWindowsLineEnds() throws IOException {
        DataPoints expected = new DataPoints(new double[] {1, -2.5, 3e2, 0.5}, new double[] {2, 4, -1, 7});
        assertThat(read("\uFEFF# measured\r\n1;2\r\n\r\n-2.5\t4\r\n\"3e2\" , \"-1\"\r\n.5 7")).isEqualTo(expected);
        assertThat(read("height (cm), weight (kg)\n1,2\n-2.5,4\n300,-1\n0.5,7")).isEqualTo(expected);
    }

    @Test
    void anEmptyFileOrOnlyAHeader() {
        assertProblem("", Problem.EMPTY, 0, "");
        assertProblem("\n\n  \n", Problem.EMPTY, 0, "");
        assertProblem("x,y\n", Problem.EMPTY, 0, "");
    }

    @Test
    void aBadNumberNamesItsRow() {
        assertProblem("x,y\n1,2\n2,abc\n3,4", Problem.NOT_A_NUMBER, 3, "abc");
        assertProblem("1,2\n2,3\n\n1.2.3,4", Problem.NOT_A_NUMBER, 4, "1.2.3");
        assertProblem("1,2\n2,NaN", Problem.NOT_FINITE, 2, "NaN");
        assertProblem("1,2\n2,1e999", Problem.NOT_FINITE, 2, "1e999");
        assertProblem("1,2\nx,y", Problem.NOT_A_NUMBER, 2, "x");
    }

    @Test
    void aRowWithoutTwoValues() {
        assertProblem("1,2\n3\n", Problem.WRONG_COLUMN_COUNT, 2, "1");
        assertProblem("1,2\n3,4,5\n", Problem.WRONG_COLUMN_COUNT, 2, "3");
        assertProblem("1,2\n3,\n", Problem.NOT_A_NUMBER, 2, "");
    }

    @Test
    void onePointIsNotEnoughForALine() {
        assertProblem("x,y\n1,2\n", Problem.TOO_FEW_POINTS, 0, "1");
    }

    @Test
    void allXEqual() {
        assertProblem("2,1\n2,5\n2,7", Problem.ALL_X_EQUAL, 0, "2");
    }

    @Test
    void aHugeFileStopsAtTheLimitWithoutReadingTheRest() {
        // ten million rows, made on the fly: the reader must stop after LIMIT + 1 rows
        EndlessRows rows = new EndlessRows(10_000_000);
        assertThatThrownBy(() -> PointsCsv.read(rows, LIMIT)).isInstanceOfSatisfying(PointsCsvException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_POINTS));
        assertThat(rows.served).isLessThan(LIMIT + 2);
    }

    @Test
    void anEndlessLineIsRefused() {
        assertProblem("1,2\n" + "1".repeat(5000) + ",2", Problem.ROW_TOO_LONG, 2,
                Integer.toString(PointsCsv.MAX_ROW_LENGTH));
    }

    @Test
    void messagesNameTheRow() {
        assertThatThrownBy(() -> read("1,2\n2,abc")).hasMessage("row 2: \"abc\" is not a number");
        assertThatThrownBy(() -> read("1,2")).hasMessage("a line needs at least 2 points, the file has 1");
    }

    /** "k,k" lines for k = 1, 2, …, counting how many rows were read. */
    private static final class EndlessRows extends Reader {
        private final int rows;
        private int served;
        private String current = "";
        private int at;

        EndlessRows(int rows) { this.rows = rows; }

        @Override
        public int read(char[] buf, int off, int len) {
            if (at == current.length()) {
                if (served == rows) {
                    return -1;
                }
                served++;
                current = served + "," + served + "\n";
                at = 0;
            }
            int n = Math.min(len, current.length() - at);
            current.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
