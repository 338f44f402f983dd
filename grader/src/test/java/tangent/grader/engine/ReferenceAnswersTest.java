package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Scorecard;

/**
 * Reference answers (and CAS proofs) kept by a worker between submissions change no verdict: the same submissions
 * graded by a worker that keeps them (the second time, from what it kept) and by one that computes
 * every answer anew give the same scorecards, durations aside.
 */
class ReferenceAnswersTest extends GradingTestBase {

    /** Whole-course and partial submissions, right and wrong, formulas among them (CAS proofs are kept too). */
    private static final List<String> SAMPLES = List.of("sample-complete", "l05-factor-two", "l06-off-by-one",
            "l06-sign-flip", "sample-factor-two", "l02-differentiated", "l04-chain-reversed", "l07-index-order");

    @Test
    void scorecardsAreTheSameWithKeptAnswersAndWithFreshOnes() throws Exception {
        for (String sample : SAMPLES) {
            grade(sample); // the worker keeps what the reference answered
        }
        Course course = Course.load();
        try (Grader fresh = new Grader(course, new Planner(course).plan(), WorkerSettings.defaults()
                .withTestTimeout(Duration.ofSeconds(3)).withFreshReferenceAnswers())) {
            for (String sample : SAMPLES) {
                Scorecard kept = grade(sample);
                Scorecard computed = fresh.grade(SUBMISSIONS.resolve(sample), SEED);
                assertThat(withoutDurations(kept)).as(sample).isEqualTo(withoutDurations(computed));
            }
        }
    }
}
