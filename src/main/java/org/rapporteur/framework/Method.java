package org.rapporteur.framework;

/** How a standard is rated: by inspectors' judgement, or from the key-question answers of inspected cases. */
public enum Method {
    QUALITATIVE, CASES
}
