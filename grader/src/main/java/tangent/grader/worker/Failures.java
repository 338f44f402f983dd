package tangent.grader.worker;

import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
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

    /** How a test ended; {@code location} is where the submission threw, or null. */
    record Verdict(TestStatus status, String message, SourceLocation location) {

        Verdict(TestStatus status, String message) {
            this(status, message, null);
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
        StackTraceElement studentFrame = firstStudentFrame(thrown);
        if (thrown instanceof AssertionError && !thrownBySubmission(thrown)) {
            return new Verdict(TestStatus.FAILED, String.valueOf(thrown.getMessage()));
        }
        if (thrown instanceof ParameterResolutionException) {
            return new Verdict(TestStatus.ERROR, thrown.getMessage());
        }
        String what = thrown.getClass().getSimpleName()
                + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        if (thrown instanceof StackOverflowError) {
            what += " (a recursion that never stops?)";
        }
        if (studentFrame == null) {
            return new Verdict(TestStatus.ERROR, "the test stopped with " + what);
        }
        String className = studentFrame.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return new Verdict(TestStatus.ERROR, simple + "." + studentFrame.getMethodName() + " threw " + what
                + " (" + studentFrame.getFileName() + ":" + studentFrame.getLineNumber() + ")", location(studentFrame));
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

    private static StackTraceElement firstStudentFrame(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (SubmissionClassLoader.NAME.equals(frame.getClassLoaderName())) {
                    return frame;
                }
            }
        }
        return null;
    }
}
