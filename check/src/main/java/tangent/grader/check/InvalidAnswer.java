package tangent.grader.check;

/** An answer that cannot be compared at all; the message says what to write instead. */
public final class InvalidAnswer extends Exception {

    public InvalidAnswer(String message) {
        super(message);
    }
}
