package tangent.grader.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tangent.grader.io.Json;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.TestStatus;

/** The worker protocol: every kind of event is one JSON line named by its type, and reads back as it was. */
class WorkerEventTest {

    @Test
    void everyKindRoundTripsThroughOneLine() throws Exception {
        List<WorkerEvent> events = List.of(new WorkerEvent.Ready(), new WorkerEvent.Started("[engine:junit-jupiter]/[method:a()]"),
                new WorkerEvent.Finished("t", TestStatus.ERROR, "MySigmoid.value threw", "printed\n", 12, List.of("stub"), null,
                        new SourceLocation("student/MySigmoid.java", 10)),
                WorkerEvent.Finished.notRun("u", "skipped"), new WorkerEvent.ContainerFailed("s", "set-up threw", ""),
                new WorkerEvent.Done(true), new WorkerEvent.Fatal("worker start-up failed"));
        for (WorkerEvent event : events) {
            String line = Json.LINES.writeValueAsString(event);
            assertThat(line).doesNotContain("\n").contains("\"type\":");
            assertThat(Json.LINES.readValue(line, WorkerEvent.class)).isEqualTo(event);
        }
        assertThat(Json.LINES.writeValueAsString(new WorkerEvent.Done(false))).isEqualTo("{\"type\":\"done\",\"retire\":false}");
    }

    @Test
    void aLineOfNoKnownTypeIsRefused() {
        assertThatThrownBy(() -> Json.LINES.readValue("{\"type\":\"java.lang.Runtime\"}", WorkerEvent.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }
}
