package org.rapporteur.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.load.sheet.CasesYaml;
import org.rapporteur.load.sheet.Table;

/** The small parts of the import: column letters, YAML quoting. */
class CaseSheetsTest {

    @Test
    void columnLettersAreThoseExcelShows() {
        assertThat(Table.columnLetters(0)).isEqualTo("A");
        assertThat(Table.columnLetters(25)).isEqualTo("Z");
        assertThat(Table.columnLetters(26)).isEqualTo("AA");
        assertThat(Table.columnLetters(51)).isEqualTo("AZ");
        assertThat(Table.columnLetters(52)).isEqualTo("BA");
        assertThat(Table.columnLetters(701)).isEqualTo("ZZ");
        assertThat(Table.columnLetters(702)).isEqualTo("AAA");
    }

    @Test
    void locationsNameFileSheetRowAndColumn() {
        Table xlsx = new Table("cases.xlsx", "Court", List.of());
        assertThat(xlsx.where(7, 3, "2.1.3")).isEqualTo("cases.xlsx: sheet 'Court', row 7, column D (2.1.3)");
        Table csv = new Table("cases.csv", null, List.of());
        assertThat(csv.where(7, 3, "2.1.3")).isEqualTo("cases.csv: row 7, column D (2.1.3)");
        assertThat(csv.where(1, 4, null)).isEqualTo("cases.csv: row 1, column E");
    }
}
