package tangent.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import tangent.grader.score.AtomicFile;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * A scorecard as Gradescope's autograder results.json: top-level score, execution_time, output,
 * visibility and stdout_visibility; one test per planned test with score, max_score, status
 * (passed or failed), name, number, output, tags, visibility and extra_data. Our visibilities are
 * Gradescope's own names, so they map one to one.
 */
public final class GradescopeResults {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Scorecard card) {
        ObjectNode root = mapper.createObjectNode();
        root.put("score", card.score());
        root.put("execution_time", card.durationMs() / 1000.0);
        root.put("output", card.status().json() + ": " + (card.message() == null ? "" : card.message()));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        int number = 0;
        String lesson = "";
        for (TestResult t : card.tests()) {
            number = t.lesson().equals(lesson) ? number + 1 : 1;
            lesson = t.lesson();
            ObjectNode test = tests.addObject();
            test.put("score", t.score());
            test.put("max_score", t.maxScore());
            test.put("status", t.status() == TestStatus.PASSED ? "passed" : "failed");
            test.put("name", t.task() + ": " + t.name());
            test.put("number", lesson.replaceAll("\\D", "").replaceFirst("^0+", "") + "." + number);
            String output = t.status() == TestStatus.PASSED ? "" : t.status().json() + ": " + t.message();
            if (!t.output().isEmpty()) {
                output += (output.isEmpty() ? "" : "\n\n") + "Printed:\n" + t.output();
            }
            test.put("output", output);
            test.putArray("tags").add(t.lesson()).add(t.task());
            test.put("visibility", t.visibility().json());
            ObjectNode extra = test.putObject("extra_data");
            extra.put("id", t.id());
            extra.put("status", t.status().json());
        }
        return root;
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, mapper.writeValueAsString(toJson(card)));
    }
}
