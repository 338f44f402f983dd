package tangent.grader.worker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import tangent.grader.check.Curve;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.TestStatus;

/**
 * What a worker reports to the supervisor, one JSON line each, named by a {@code type} field. A
 * closed set: each kind carries exactly what it means, so no field is "null unless the type is".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = WorkerEvent.Ready.class, name = "ready"),
        @JsonSubTypes.Type(value = WorkerEvent.Started.class, name = "started"),
        @JsonSubTypes.Type(value = WorkerEvent.Finished.class, name = "finished"),
        @JsonSubTypes.Type(value = WorkerEvent.ContainerFailed.class, name = "container_failed"),
        @JsonSubTypes.Type(value = WorkerEvent.Done.class, name = "done"),
        @JsonSubTypes.Type(value = WorkerEvent.Fatal.class, name = "fatal")})
public sealed interface WorkerEvent {

    /** Warmed up, waiting for a job. */
    record Ready() implements WorkerEvent {
    }

    /** A test began (its JUnit unique id): the watchdog's clock for it starts. */
    record Started(String test) implements WorkerEvent {
    }

    /**
     * A test ended.
     *
     * @param output     what the submission printed during the test
     * @param durationMs the test's wall time
     * @param flags      what the test's checks flagged, such as {@code numeric}
     * @param curve      the test's failed function check, sampled, or null
     * @param location   where the submission threw, or null: package path and file name, line
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Finished(String test, TestStatus status, String message, String output, long durationMs, List<String> flags,
            Curve curve, SourceLocation location) implements WorkerEvent {

        public Finished {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        /** A test that did not run, and why. */
        static Finished notRun(String test, String reason) {
            return new Finished(test, TestStatus.NOT_RUN, reason, "", 0, List.of(), null, null);
        }
    }

    /** A whole suite failed before its tests (its set-up threw): none of them will start. */
    record ContainerFailed(String test, String message, String output) implements WorkerEvent {
    }

    /** The job is over; {@code retire}: this worker should not get another (a CAS thread overran, say). */
    record Done(boolean retire) implements WorkerEvent {
    }

    /** The worker cannot go on (its start-up failed). */
    record Fatal(String message) implements WorkerEvent {
    }

    /** Never sent: the supervisor's own mark that the worker's output ended (it exited or was killed). */
    record Exited() implements WorkerEvent {
    }
}
