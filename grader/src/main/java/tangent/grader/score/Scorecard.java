package tangent.grader.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tangent.grader.io.StudentText;
import tangent.grader.plan.GradingPlan;
import tangent.grader.policy.Violation;

/**
 * The result of grading one submission. Field names in JSON are snake_case; see the README for
 * what each means. {@code schema} changes when a field changes meaning or goes away.
 *
 * @param schema        the scorecard format's version
 * @param submission    which submission
 * @param grader        which grader
 * @param seed          the seed all random test inputs came from; rerun with {@code --seed}
 * @param status        how grading went as a whole
 * @param score         points earned
 * @param maxScore      points possible, fixed by the plan
 * @param durationMs    wall time of the whole grading of this submission
 * @param message       a summary for the student
 * @param compileErrors compiler errors, when the status is {@code compile_error}
 * @param violations    what the bytecode policy refused, when the status is {@code refused}
 * @param scope         when only part of the course was graded: which lessons were left out, and
 *                      whether only public tests ran; absent for the whole course
 * @param tests         every planned test, in plan order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scorecard(String schema, SubmissionInfo submission, GraderInfo grader, long seed,
        SubmissionStatus status, double score, double maxScore, long durationMs, String message,
        List<CompileError> compileErrors, List<Violation> violations, GradingPlan.Scope scope, List<TestResult> tests) {

    /** The summary message quotes the submission (a compiler error, a file name): capped and cleaned. */
    public Scorecard {
        message = StudentText.clean(StudentText.cap(message));
    }

    /** The version of this format. */
    public static final String SCHEMA = "tangent-scorecard/1";

    /**
     * @param id     the folder's name
     * @param path   the folder, as given
     * @param sha256 hex SHA-256 over its sources (path, NUL, content, NUL, in path order)
     */
    public record SubmissionInfo(String id, String path, String sha256) {
    }

    /**
     * @param version      the grader's version
     * @param suitesSha256 hex SHA-256 over everything that decides a grade: the suites with all their
     *                     helpers, the API, the reference and its CAS tables, the checking code
     * @param isolation    the walls the submission's code ran behind: "jvm" (the bytecode allow-list
     *                     and worker checks) or "jvm+bubblewrap" (and the operating-system sandbox)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GraderInfo(String version, String suitesSha256, String isolation) {

        public GraderInfo(String version, String suitesSha256) {
            this(version, suitesSha256, null);
        }
    }

    /** How many tests ended with the given status. */
    public long count(TestStatus status) {
        return tests.stream().filter(t -> t.status() == status).count();
    }
}
