/**
 * The one document every writer reads: {@code RenderedDocument} (complete XHTML with its stylesheet inline) and its
 * properties ({@code DocumentInfo}). The meeting point of render and write, so neither depends on the other.
 * <p>May use: the JDK only.
 */
package org.rapporteur.document;
