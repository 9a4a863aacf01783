/**
 * The spreadsheet importer behind {@code import-cases}: .xlsx and .csv case assessments to case YAML, every bad cell
 * located by sheet, row and column; written all or nothing through {@code files}.
 * <p>May use: {@code source}, {@code model}, {@code framework}, {@code load}, {@code files}.
 */
package org.rapporteur.load.sheet;
