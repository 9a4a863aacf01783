package org.rapporteur.model;

/** What the inspected service calls itself: youth offending team or service, or youth justice service. */
public enum ServiceKind {
    YOT, YOS, YJS
}
