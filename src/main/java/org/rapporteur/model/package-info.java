/**
 * The typed content model of a report and a council pack: small immutable records with the source position of
 * everything an author wrote.
 * <p>May use: {@code source} only.
 */
package org.rapporteur.model;
