/**
 * Output files written all or nothing: {@code OutputFiles} stages every output and moves them into place together
 * with a SHA256SUMS manifest, under a lock per output folder ({@code CommitLock}); an earlier good build stays intact
 * when anything fails.
 * <p>May use: the JDK only.
 */
package org.rapporteur.files;
