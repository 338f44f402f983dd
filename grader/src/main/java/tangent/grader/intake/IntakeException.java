package tangent.grader.intake;

/** A folder that cannot be read as a submission; the message says why and what to do. */
public final class IntakeException extends Exception {

    public IntakeException(String message) {
        super(message);
    }

    public IntakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
