package tangent.grader.discovery;

/** How one exercise interface is implemented by a submission, if it is. */
public sealed interface Implementation {

    /** The exercise interface's binary name. */
    String exercise();

    /** Exactly one usable class implements the exercise. */
    record Found(String exercise, String className) implements Implementation {
    }

    /** No usable class does; {@code reason} tells the student what to change. */
    record Missing(String exercise, String reason) implements Implementation {
    }
}
