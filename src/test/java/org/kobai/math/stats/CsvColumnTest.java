package org.kobai.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kobai.math.stats.CsvColumn.BadRow;
import org.kobai.math.stats.CsvColumn.CsvException;
import org.kobai.math.stats.CsvColumn.Failure;
import org.kobai.math.stats.CsvColumn.Problem;

/** One column of a CSV file: headers, choosing the column, and every bad row named. */
class CsvColumnTest {

    @Test
    void firstColumnWithAHeader() {
        CsvColumn.Column c = CsvColumn.read("height,weight\n170,60\n165,55\n\n180,72\n", "");
        assertThat(c.values()).containsExactly(170, 165, 180);
        assertThat(c.header()).isEqualTo("height");
    }

    @Test
    void columnByNameOrNumber() {
        String csv = "height,weight\r\n170,60\r\n165,55\r\n";
        assertThat(CsvColumn.read(csv, "weight").values()).containsExactly(60, 55);
        assertThat(CsvColumn.read(csv, "WEIGHT").values()).containsExactly(60, 55);
        assertThat(CsvColumn.read(csv, "2").values()).containsExactly(60, 55);
        assertThat(CsvColumn.read(csv, "２").values()).as("full-width column number").containsExactly(60, 55);
    }

    @Test
    void noHeaderTabsSemicolonsAndQuotes() {
        assertThat(CsvColumn.read("1\n2\n3", null).values()).containsExactly(1, 2, 3);
        assertThat(CsvColumn.read("1\t10\n2\t20", "2").values()).containsExactly(10, 20);
        assertThat(CsvColumn.read("1;10\n2;20", "2").values()).containsExactly(10, 20);
        assertThat(CsvColumn.read("\"name, first\",x\n\"a,b\",1\n\"c\",2", "x").values()).containsExactly(1, 2);
        assertThat(CsvColumn.read("\uFEFFx\n１\n2", "x").values()).as("byte-order mark, full-width digit").containsExactly(1, 2);
    }

    @Test
    void everyBadRowIsNamedAndNothingIsImported() {
        String csv = "x\n1\nabc\n3\n\n,\n7\n8,9";
        assertThatThrownBy(() -> CsvColumn.read(csv, "x"))
                .isInstanceOfSatisfying(CsvException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_ROWS);
                    assertThat(e.badRows()).containsExactly(
                            new BadRow(3, "abc", Problem.NOT_A_NUMBER),
                            new BadRow(6, "", Problem.EMPTY_CELL));
                    assertThat(e.badRowCount()).isEqualTo(2);
                })
                .hasMessage("line 3: 'abc' is not a number; line 6 is empty in this column");
    }

    @Test
    void manyBadRowsAreCounted() {
        StringBuilder csv = new StringBuilder("v\n");
        for (int i = 0; i < 12; i++) {
            csv.append("bad").append(i).append('\n');
        }
        assertThatThrownBy(() -> CsvColumn.read(csv.toString(), ""))
                .isInstanceOfSatisfying(CsvException.class, e -> {
                    assertThat(e.badRows()).hasSize(CsvColumn.ROWS_LISTED);
                    assertThat(e.badRowCount()).isEqualTo(12);
                })
                .hasMessageEndingWith("; and 7 more");
    }

    @Test
    void missingColumnsAndEmptyFiles() {
        assertThatThrownBy(() -> CsvColumn.read("a,b\n1,2", "c"))
                .isInstanceOfSatisfying(CsvException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NO_SUCH_COLUMN))
                .hasMessage("no column named 'c' in the first line");
        assertThatThrownBy(() -> CsvColumn.read("1,2\n3,4", "3")).hasMessage("there is no column 3; the file has 2 columns");
        assertThatThrownBy(() -> CsvColumn.read("1,2\n3", "2"))
                .isInstanceOfSatisfying(CsvException.class, e -> assertThat(e.badRows())
                        .containsExactly(new BadRow(2, "", Problem.MISSING_CELL)));
        assertThatThrownBy(() -> CsvColumn.read("\n \n", "")).isInstanceOfSatisfying(CsvException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NO_ROWS));
        assertThatThrownBy(() -> CsvColumn.read("height\n", "")).hasMessage("the file has a header but no data rows");
        assertThatThrownBy(() -> CsvColumn.read("1\n", "0")).hasMessage("columns are numbered from 1");
    }
}
