package tangent.grader.scaffold;

/** A submission folder could not be started; the message says why and what to do. */
public final class ScaffoldException extends Exception {

    public ScaffoldException(String message) {
        super(message);
    }

    public ScaffoldException(String message, Throwable cause) {
        super(message, cause);
    }
}
