package tangent.grader.worker;

import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import tangent.grader.io.StudentText;
import tangent.grader.scaffold.StarterProject;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.SubmissionClassLoader;

/**
 * Turns a JUnit result into a status and a message for the student. A check that did not hold is
 * {@code failed}; anything thrown from the submission's code is {@code error}, described by the
 * submission's own frame (class, method, file and line) so the student knows where to look.
 */
final class Failures {

    private Failures() {
    }

    /**
     * How a test ended; {@code location} is where the submission threw, or null; {@code stub} when
     * it stopped at a method the student has not written yet (the starter's own
     * {@code UnsupportedOperationException("not implemented yet")}, thrown by the submission).
     */
    record Verdict(TestStatus status, String message, SourceLocation location, boolean stub) {

        Verdict(TestStatus status, String message) {
            this(status, message, null, false);
        }
    }

    static Verdict of(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> new Verdict(TestStatus.PASSED, "");
            case ABORTED -> new Verdict(TestStatus.NOT_RUN,
                    result.getThrowable().map(Throwable::getMessage).orElse("skipped"));
            case FAILED -> failed(result.getThrowable().orElse(new AssertionError("failed")));
        };
    }

    private static Verdict failed(Throwable thrown) {
        if (thrown instanceof AssertionError && !isStudentClass(thrown.getClass()) && isStub(thrown.getCause())) {
            // a check that expected something else (a refusal, say) met a method not written yet: the
            // test stopped at the stub, and says so like every other test of a task not begun
            return failed(thrown.getCause());
        }
        boolean students = isStudentClass(thrown.getClass());
        StackTraceElement studentFrame = trustsItsFrames(thrown) ? firstStudentFrame(thrown) : null;
        if (thrown instanceof AssertionError && !students && !thrownBySubmission(thrown)) {
            return new Verdict(TestStatus.FAILED, String.valueOf(thrown.getMessage()));
        }
        if (thrown instanceof ParameterResolutionException && !students) {
            return new Verdict(TestStatus.ERROR, thrown.getMessage());
        }
        String message = messageOf(thrown);
        String what = thrown.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        if (thrown instanceof StackOverflowError) {
            what += " (a recursion that never stops?)";
        }
        if (studentFrame == null) {
            return new Verdict(TestStatus.ERROR, "the test stopped with " + what);
        }
        String className = studentFrame.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        boolean stub = isStub(thrown);
        return new Verdict(TestStatus.ERROR, simple + "." + studentFrame.getMethodName() + " threw " + what
                + " (" + studentFrame.getFileName() + ":" + studentFrame.getLineNumber() + ")", location(studentFrame), stub);
    }

    /**
     * The starter's own stub: the JDK's UnsupportedOperationException (so its message is not the
     * student's code to run), thrown from the submission, saying "not implemented yet".
     */
    private static boolean isStub(Throwable thrown) {
        return thrown != null && thrown.getClass() == UnsupportedOperationException.class && thrownBySubmission(thrown)
                && StarterProject.NOT_IMPLEMENTED.equals(thrown.getMessage());
    }

    /**
     * The message of an exception the submission may have written: its getMessage() may throw, or
     * return megabytes; neither reaches the grader's own code unguarded.
     */
    private static String messageOf(Throwable thrown) {
        try {
            return StudentText.cap(thrown.getMessage(), 2 * 1024);
        } catch (Throwable e) { // its own getMessage() failed: say so rather than fail the grader
            return "(its getMessage() threw " + e.getClass().getSimpleName() + ")";
        }
    }

    /** The frame's source as a path below the source root: the package's folders and the file name. */
    private static SourceLocation location(StackTraceElement frame) {
        if (frame.getFileName() == null) {
            return null;
        }
        String className = frame.getClassName();
        int dot = className.lastIndexOf('.');
        String folder = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
        return new SourceLocation(folder + frame.getFileName(), Math.max(0, frame.getLineNumber()));
    }

    private static boolean thrownBySubmission(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 && SubmissionClassLoader.NAME.equals(trace[0].getClassLoaderName());
    }

    /** Whether a class was defined by the submission (its exceptions are the student's, whatever they say). */
    private static boolean isStudentClass(Class<?> type) {
        for (Class<?> c = type; c != null && c != Throwable.class; c = c.getSuperclass()) {
            ClassLoader loader = c.getClassLoader();
            if (loader != null && SubmissionClassLoader.NAME.equals(loader.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the frames an exception reports are the ones the JVM recorded: not when a class of
     * the submission overrides getStackTrace or getCause, which could present forged frames.
     */
    private static boolean trustsItsFrames(Throwable thrown) {
        if (!isStudentClass(thrown.getClass())) {
            return true;
        }
        try {
            return thrown.getClass().getMethod("getStackTrace").getDeclaringClass() == Throwable.class
                    && thrown.getClass().getMethod("getCause").getDeclaringClass() == Throwable.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The first frame of the submission's code, along the causes, each visited once (causes can form a loop). */
    private static StackTraceElement firstStudentFrame(Throwable thrown) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t) && seen.size() <= 32; t = causeOf(t)) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (SubmissionClassLoader.NAME.equals(frame.getClassLoaderName())) {
                    return frame;
                }
            }
        }
        return null;
    }

    private static Throwable causeOf(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable e) {
            return null;
        }
    }
}
