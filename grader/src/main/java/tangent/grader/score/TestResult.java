package tangent.grader.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tangent.grader.check.Curve;
import tangent.grader.suite.Visibility;

/**
 * One line of the scorecard: a planned test, how it ended and what it earned.
 *
 * @param id         stable id, {@code LESSON.task.method}
 * @param lesson     lesson id, such as {@code L01}
 * @param task       task id within the lesson
 * @param name       what the test checks, in words
 * @param status     how it ended
 * @param score      points earned: all of {@code maxScore} when passed, else 0
 * @param maxScore   points at stake
 * @param visibility who may see this line
 * @param message    why it did not pass, with a hint where one fits; empty when passed
 * @param output     what the submission printed during the test, capped
 * @param durationMs wall time of the test
 * @param flags      what its checks flagged: {@code numeric} when an expression was accepted because
 *                   it agreed at every sampled point although the CAS could not prove it equal
 * @param curve      the failed function check's samples (x, expected, actual), for plots; or null
 * @param location   where in the submission's sources the test's error was thrown, or null
 */
public record TestResult(String id, String lesson, String task, String name, TestStatus status, double score,
        double maxScore, Visibility visibility, String message, String output, long durationMs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags,
        @JsonInclude(JsonInclude.Include.NON_NULL) Curve curve,
        @JsonInclude(JsonInclude.Include.NON_NULL) SourceLocation location) {

    /**
     * The flag of a test that stopped at a method the student has not written yet (the starter's
     * stub), recorded by the worker from the exception itself, so reports need not read messages.
     */
    public static final String STUB = "stub";

    public TestResult {
        flags = flags == null ? List.of() : List.copyOf(flags); // absent from a scorecard when empty
    }
}
