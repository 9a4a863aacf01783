package org.rapporteur.scaffold;

/** A new report cannot be written where asked; nothing was written. Says what to do instead. */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public ScaffoldException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public ScaffoldException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What to do about it, or null. */
    public String hint() {
        return hint;
    }
}
