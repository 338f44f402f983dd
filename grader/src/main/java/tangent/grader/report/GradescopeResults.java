package tangent.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.Json;
import tangent.grader.score.CompileError;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/**
 * A scorecard as Gradescope's autograder {@code results.json}.
 *
 * <p>Visibility is mapped, not copied: Gradescope's {@code hidden} is for tests that carry no
 * points (with points, students would not see their total), while ours means "counted, but not
 * named before grades are released". So:
 * <ul>
 *   <li>a visible test is a visible Gradescope test with its points;</li>
 *   <li>a test shown after the due date stays {@code after_due_date}, with its points;</li>
 *   <li>a task's hidden checks become one visible test, "hidden checks", carrying their points
 *       and saying how many passed, never which or with what inputs; each hidden check follows as
 *       an {@code after_published} test with its name and message and no points of its own (they
 *       are the summary's), so instructors see them at once and students once grades are published.</li>
 * </ul>
 * The top-level {@code score} is the scorecard's, which Gradescope takes over the tests' sum.
 */
public final class GradescopeResults {

    private final ObjectMapper mapper = Json.FILES; // ObjectNodes only: the naming strategy does not touch their keys

    /** How many compile errors the submission's output lists; the scorecard keeps them all. */
    private static final int COMPILE_ERRORS_SHOWN = 20;

    public ObjectNode toJson(Scorecard card) {
        ObjectNode root = mapper.createObjectNode();
        root.put("score", card.score());
        root.put("execution_time", card.durationMs() / 1000.0);
        root.put("output", output(card));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        Map<String, List<TestResult>> hiddenByTask = new LinkedHashMap<>();
        for (TestResult t : card.tests()) {
            if (t.visibility() == Visibility.HIDDEN) {
                hiddenByTask.computeIfAbsent(t.lesson() + "/" + t.task(), k -> new ArrayList<>()).add(t);
            }
        }
        Numbering numbers = new Numbering();
        for (TestResult t : card.tests()) {
            if (t.visibility() != Visibility.HIDDEN) {
                ObjectNode test = test(tests, t, numbers);
                test.put("score", t.score());
                test.put("max_score", t.maxScore());
                test.put("visibility", t.visibility().json());
                continue;
            }
            List<TestResult> checks = hiddenByTask.remove(t.lesson() + "/" + t.task());
            if (checks != null) { // the task's first hidden check: its summary, then every check of it
                tests.add(summary(checks, numbers.next(t.lesson())));
                for (TestResult check : checks) {
                    ObjectNode test = test(tests, check, numbers);
                    test.put("visibility", "after_published");
                    test.put("output", test.get("output").asText() + (test.get("output").asText().isEmpty() ? "" : "\n\n")
                            + "(a hidden check: its points are counted in \"" + summaryName(check) + "\")");
                }
            }
        }
        return root;
    }

    /** The one visible line a task's hidden checks show before release: points and counts only. */
    private ObjectNode summary(List<TestResult> checks, String number) {
        ObjectNode test = mapper.createObjectNode();
        TestResult first = checks.get(0);
        long passed = checks.stream().filter(c -> c.status() == TestStatus.PASSED).count();
        test.put("score", checks.stream().mapToDouble(TestResult::score).sum());
        test.put("max_score", checks.stream().mapToDouble(TestResult::maxScore).sum());
        test.put("status", passed == checks.size() ? "passed" : "failed");
        test.put("name", summaryName(first));
        test.put("number", number);
        long notRun = checks.stream().filter(c -> c.status() == TestStatus.NOT_RUN).count();
        test.put("output", passed + " of " + checks.size() + " hidden checks passed"
                + (notRun > 0 ? " (" + notRun + " not run)" : "")
                + ". Hidden checks are named, with what went wrong, once grades are published.");
        test.putArray("tags").add(first.lesson()).add(first.task()).add("hidden");
        test.put("visibility", "visible");
        ObjectNode extra = test.putObject("extra_data");
        extra.put("hidden_checks", checks.size());
        extra.put("passed", passed);
        return test;
    }

    private static String summaryName(TestResult check) {
        return check.task() + ": hidden checks";
    }

    /** The fields every test has; points and visibility are the caller's. */
    private static ObjectNode test(ArrayNode tests, TestResult t, Numbering numbers) {
        ObjectNode test = tests.addObject();
        test.put("status", t.status() == TestStatus.PASSED ? "passed" : "failed");
        test.put("name", t.task() + ": " + t.name());
        test.put("number", numbers.next(t.lesson()));
        String output = t.status() == TestStatus.PASSED ? "" : t.status().json() + ": " + t.message();
        if (!t.output().isEmpty()) {
            output += (output.isEmpty() ? "" : "\n\n") + "Printed:\n" + t.output();
        }
        test.put("output", output);
        test.putArray("tags").add(t.lesson()).add(t.task());
        ObjectNode extra = test.putObject("extra_data");
        extra.put("id", t.id());
        extra.put("status", t.status().json());
        return test;
    }

    /** The submission's own text: its status and message, and what to fix when it does not compile. */
    private static String output(Scorecard card) {
        StringBuilder out = new StringBuilder(card.status().json()).append(": ")
                .append(card.message() == null ? "" : card.message());
        out.append("\nScore: ").append(Points.show(card.score())).append(" / ").append(Points.show(card.maxScore()));
        List<CompileError> errors = card.compileErrors() == null ? List.of() : card.compileErrors();
        if (!errors.isEmpty()) {
            out.append("\n\nCompile errors:");
            errors.stream().limit(COMPILE_ERRORS_SHOWN).forEach(e -> out.append("\n").append(e));
            if (errors.size() > COMPILE_ERRORS_SHOWN) {
                out.append("\n... and ").append(errors.size() - COMPILE_ERRORS_SHOWN).append(" more");
            }
        }
        return out.toString();
    }

    /** Gradescope's "number", lesson.n, counted per lesson in the order tests are listed. */
    private static final class Numbering {
        private String lesson = "";
        private int n;

        String next(String lessonId) {
            n = lessonId.equals(lesson) ? n + 1 : 1;
            lesson = lessonId;
            return lessonId.replaceAll("\\D", "").replaceFirst("^0+", "") + "." + n;
        }
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, mapper.writeValueAsString(toJson(card)));
    }
}
