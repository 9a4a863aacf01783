package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WritersTest {

    @Test
    void everyNamedFormatHasAWriterWithThatName() {
        HouseStyle plain = new HouseStyle(null, List.of(), null);
        for (String format : Writers.formats()) {
            assertThat(Writers.create(format, plain)).as(format).hasValueSatisfying(w -> {
                assertThat(w.format()).isEqualTo(format);
                assertThat(w.extension()).isEqualTo(format);
            });
        }
        assertThat(Writers.defaultFormats()).containsExactly("pdf", "docx", "html");
        assertThat(Writers.create("rtf", plain)).isEmpty();
        assertThat(Writers.exists("rtf")).isFalse();
    }
}
