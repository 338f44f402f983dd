package tangent.grader.ci;

import java.nio.file.Path;
import java.util.List;
import tangent.grader.policy.Violation;
import tangent.grader.score.CompileError;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/** Small hand-made scorecards for the CI outputs' tests. */
final class Cards {

    private Cards() {
    }

    static Scorecard card(Path folder, SubmissionStatus status, double score, double max, List<CompileError> errors,
            List<Violation> violations, TestResult... tests) {
        return new Scorecard(Scorecard.SCHEMA, new Scorecard.SubmissionInfo(folder.getFileName().toString(),
                folder.toString(), "0".repeat(64)), new Scorecard.GraderInfo("test", "0".repeat(64)), 7L, status,
                score, max, 10, "message", errors, violations, null, List.of(tests));
    }

    /** A visible test that stopped at a starter stub, flagged so by the worker. */
    static TestResult stub(String name, String message, SourceLocation location) {
        return new TestResult("L01.sigmoid." + name, "L01", "sigmoid", name, TestStatus.ERROR, 0, 1, Visibility.VISIBLE,
                message, "", 1, List.of(TestResult.STUB), null, location);
    }

    static TestResult test(String name, TestStatus status, double points, Visibility visibility, String message,
            SourceLocation location) {
        return new TestResult("L01.sigmoid." + name, "L01", "sigmoid", name, status,
                status == TestStatus.PASSED ? points : 0, points, visibility, message, "", 1, List.of(), null, location);
    }
}
