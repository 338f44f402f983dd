package tangent.grader.score;

/**
 * How one test ended, as the runner saw it, before the rubric turns it into points.
 *
 * @param status     how it ended
 * @param message    what went wrong, for the student; empty when it passed
 * @param output     what the submission printed during the test, capped
 * @param durationMs wall time of the test
 */
public record Outcome(TestStatus status, String message, String output, long durationMs) {

    public Outcome {
        message = message == null ? "" : message;
        output = output == null ? "" : output;
    }

    public static Outcome notRun(String reason) {
        return new Outcome(TestStatus.NOT_RUN, reason, "", 0);
    }
}
