package tangent.grader.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tangent.grader.plan.PlannedTest;
import tangent.grader.score.Outcome;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * Turns outcomes into points: a passed test earns its points, anything else none. Every planned
 * test gets a line, in plan order; one without an outcome is {@code not_run} with the reason given.
 */
final class Rubric {

    private Rubric() {
    }

    static List<TestResult> apply(List<PlannedTest> plan, Map<String, Outcome> outcomes, String missingReason) {
        List<TestResult> results = new ArrayList<>(plan.size());
        for (PlannedTest test : plan) {
            Outcome outcome = outcomes.getOrDefault(test.uniqueId(), Outcome.notRun(missingReason));
            double score = outcome.status() == TestStatus.PASSED ? test.points() : 0;
            results.add(new TestResult(test.id(), test.lesson(), test.task(), test.name(), outcome.status(), score,
                    test.points(), test.visibility(), outcome.message(), outcome.output(), outcome.durationMs(),
                    outcome.flags(), outcome.curve(), outcome.location()));
        }
        return results;
    }
}
