/**
 * Stage <b>load</b>, for frameworks: a framework data file ({@code src/main/resources/frameworks/<id>.yaml}) to
 * {@code Framework}, {@code Domain}, {@code Standard}, {@code KeyQuestion}, {@code Prompt}, {@code Rating},
 * {@code Band}, {@code Scoring}. A new inspection framework is a new file, never Java.
 * <p>May use: {@code source}.
 */
package org.rapporteur.framework;
