package org.rapporteur.model;

import java.time.LocalDate;

public record DateRange(LocalDate start, LocalDate end) {
}
