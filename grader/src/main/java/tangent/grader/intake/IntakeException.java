package tangent.grader.intake;

/** A folder that cannot be read as a submission; the message says why and what to do. */
public final class IntakeException extends Exception {

    public IntakeException(String message) {
        this(message, null, false);
    }

    private final boolean unreadable;

    public IntakeException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private IntakeException(String message, Throwable cause, boolean unreadable) {
        super(message, cause);
        this.unreadable = unreadable;
    }

    /** The folder (or a file in it) could not be read at all: nothing of it reached the grader. */
    public static IntakeException unreadable(String message, Throwable cause) {
        return new IntakeException(message, cause, true);
    }

    public boolean unreadable() {
        return unreadable;
    }
}
