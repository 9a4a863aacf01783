package org.rapporteur.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void roundsHalfUp() {
        assertThat(Percentage.of(7, 8)).isEqualTo(88);    // 87.5
        assertThat(Percentage.of(1, 8)).isEqualTo(13);    // 12.5
        assertThat(Percentage.of(159, 200)).isEqualTo(80); // 79.5 prints as 80
        assertThat(Percentage.of(129, 200)).isEqualTo(65); // 64.5
        assertThat(Percentage.of(99, 200)).isEqualTo(50);  // 49.5
        assertThat(Percentage.of(2, 3)).isEqualTo(67);
        assertThat(Percentage.of(1, 3)).isEqualTo(33);
        assertThat(Percentage.of(0, 5)).isZero();
        assertThat(Percentage.of(5, 5)).isEqualTo(100);
    }

    @Test
    void refusesImpossibleShares() {
        assertThatThrownBy(() -> Percentage.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every share with up to 400 applicable cases agrees with decimal half-up rounding. */
    @Test
    void agreesWithDecimalHalfUpForEveryShare() {
        for (int applicable = 1; applicable <= 400; applicable++) {
            for (int yes = 0; yes <= applicable; yes++) {
                int expected = BigDecimal.valueOf(yes).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(applicable), 0, RoundingMode.HALF_UP).intValueExact();
                assertThat(Percentage.of(yes, applicable)).as(yes + " of " + applicable).isEqualTo(expected);
            }
        }
    }
}
