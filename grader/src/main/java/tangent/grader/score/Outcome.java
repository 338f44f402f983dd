package tangent.grader.score;

import java.util.List;
import tangent.grader.check.Curve;
import tangent.grader.io.StudentText;

/**
 * How one test ended, as the runner saw it, before the rubric turns it into points.
 *
 * @param status     how it ended
 * @param message    what went wrong, for the student; empty when it passed
 * @param output     what the submission printed during the test, capped
 * @param durationMs wall time of the test
 * @param flags      what its checks flagged, such as {@code numeric}
 * @param curve      its failed function check, sampled, or null
 * @param location   where the submission threw, or null
 */
public record Outcome(TestStatus status, String message, String output, long durationMs, List<String> flags,
        Curve curve, SourceLocation location) {

    /** Message and output are the submission's words in part: capped and cleaned here, once, for every report. */
    public Outcome {
        message = message == null ? "" : StudentText.clean(StudentText.cap(message));
        // The worker caps output at LIMIT bytes and notes what it dropped; the margin keeps that note.
        output = output == null ? "" : StudentText.clean(StudentText.cap(output, StudentText.LIMIT + 256));
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public Outcome(TestStatus status, String message, String output, long durationMs) {
        this(status, message, output, durationMs, List.of(), null, null);
    }

    /** The same outcome, located at {@code where}. */
    public Outcome locatedAt(SourceLocation where) {
        return new Outcome(status, message, output, durationMs, flags, curve, where);
    }

    public static Outcome notRun(String reason) {
        return new Outcome(TestStatus.NOT_RUN, reason, "", 0);
    }
}
