package org.rapporteur.model;

public record Person(String name, String title) {
}
