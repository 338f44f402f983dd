package tangent.grader.policy;

/**
 * One thing a submission may not do.
 *
 * @param className  the submission's class, as in its source (dots)
 * @param method     the method (or {@code <clinit>}, {@code <init>}) where it happens; empty for
 *                   the class itself (what it extends, or its name)
 * @param call       what is used, such as {@code java.lang.System.exit}
 * @param reason     why it is refused, for the student
 */
public record Violation(String className, String method, String call, String reason) {

    /** {@code Class.method calls call: reason}. */
    public String describe() {
        String where = method.isEmpty() ? className : className + "." + method;
        return where + " uses " + call + ": " + reason;
    }
}
