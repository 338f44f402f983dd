package tangent.grader.worker;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tangent.grader.check.Curve;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.TestStatus;

/**
 * What a worker reports.
 *
 * @param type       {@code ready} (warmed up), {@code started} or {@code finished} (a test),
 *                   {@code container_failed} (a whole suite failed before its tests),
 *                   {@code done} (the job), {@code fatal} (the worker cannot go on)
 * @param test       the test's JUnit unique id, for {@code started} and {@code finished}
 * @param status     how the test ended, for {@code finished}
 * @param message    what went wrong
 * @param output     what the submission printed during the test
 * @param durationMs the test's wall time
 * @param flags      what the test's checks flagged, such as {@code numeric}
 * @param retire     on {@code done}: this worker should not get another job (a CAS thread overran)
 * @param curve      the test's failed function check, sampled, if any
 * @param location   where the submission threw, if it did: package path and file name, line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkerEvent(String type, String test, TestStatus status, String message, String output,
        Long durationMs, List<String> flags, Boolean retire, Curve curve, SourceLocation location) {

    public static final String READY = "ready";
    public static final String STARTED = "started";
    public static final String FINISHED = "finished";
    public static final String DONE = "done";
    public static final String CONTAINER_FAILED = "container_failed";
    public static final String FATAL = "fatal";

    public static WorkerEvent of(String type) {
        return new WorkerEvent(type, null, null, null, null, null, null, null, null, null);
    }

    public static WorkerEvent started(String test) {
        return new WorkerEvent(STARTED, test, null, null, null, null, null, null, null, null);
    }

    public static WorkerEvent fatal(String message) {
        return new WorkerEvent(FATAL, null, null, message, null, null, null, null, null, null);
    }
}
