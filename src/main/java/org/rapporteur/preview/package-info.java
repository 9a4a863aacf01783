/**
 * {@code rapporteur watch}: a small HTTP server on the loopback interface that serves the latest draft HTML of a
 * report and reloads the browser when a file is saved ({@code Preview}, {@code PreviewServer}, {@code TreeWatcher}).
 * <p>May use: {@code source}; builds arrive as {@code BuildResult} from the caller (the {@code watch} command).
 */
package org.rapporteur.preview;
