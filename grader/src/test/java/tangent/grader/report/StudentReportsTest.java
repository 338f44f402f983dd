package tangent.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/** The student's Markdown and terminal reports on hand-made scorecards: how their text reads. */
class StudentReportsTest {

    private static TestResult test(String method, String name, TestStatus status, String message) {
        return new TestResult("L01.sigmoid." + method, "L01", "sigmoid", name, status, 0, 2, Visibility.VISIBLE, message, "",
                1, List.of(), null, null);
    }

    private static Scorecard card(TestResult... tests) {
        return new Scorecard(Scorecard.SCHEMA, new Scorecard.SubmissionInfo("ada", "submissions/ada", "0".repeat(64)),
                new Scorecard.GraderInfo("1.0-test", "a".repeat(64)), 5, SubmissionStatus.GRADED, 0, 2.0 * tests.length, 10,
                "", null, null, null, List.of(tests));
    }

    private static final String BUDGET = "not run: the submission's 300 s for all its tests were used up before this one";

    @Test
    void checksThatStoppedForOneReasonSayItOnce() {
        Scorecard card = card(test("a", "values", TestStatus.NOT_RUN, BUDGET), test("b", "slopes", TestStatus.NOT_RUN, BUDGET),
                test("c", "limits", TestStatus.FAILED, "sigmoid(0): expected 0.5, got 1"),
                test("d", "tails", TestStatus.NOT_RUN, BUDGET));
        String md = new MarkdownReport(false).toMarkdown(card);
        String terminal = new TerminalReport(false, false).render(card);
        for (String report : List.of(md, terminal)) {
            // said in full for the first, and again after a different message, "the same" in between
            assertThat(report.split(java.util.regex.Pattern.quote("300 s for all its tests"), -1)).hasSize(3);
            assertThat(report).containsSubsequence("values", "300 s", "slopes", "(the same as above)", "limits",
                    "expected 0.5", "tails", "300 s");
        }
    }

    private static TestResult stub(String lesson, String task) {
        return new TestResult(lesson + "." + task + ".value", lesson, task, "value", TestStatus.ERROR, 0, 2, Visibility.VISIBLE,
                "MyX.value threw UnsupportedOperationException: not implemented yet", "", 1, List.of(TestResult.STUB), null, null);
    }

    @Test
    void aNewFolderIsToldTheNextTaskAndTheRestCompactly() {
        TestResult done = new TestResult("L01.cubic.value", "L01", "cubic", "value", TestStatus.PASSED, 2, 2,
                Visibility.VISIBLE, "", "", 1, List.of(), null, null);
        Scorecard card = card(done, stub("L01", "sigmoid"), stub("L02", "riemann"), stub("L02", "shift"), stub("L03", "descent"),
                stub("L03", "gradient"));
        Map<String, TerminalReport.Guide> guides = Map.of("L01.sigmoid", new TerminalReport.Guide(
                "tangent.exercises.lesson01.Sigmoid", "The sigmoid and its derivative", "src/main/java/student/MySigmoid.java"));
        String report = new TerminalReport(false, false, guides).render(card);
        assertThat(report).containsSubsequence("Next: L01 sigmoid (The sigmoid and its derivative)",
                "implement tangent.exercises.lesson01.Sigmoid, in src/main/java/student/MySigmoid.java",
                "then check it: ./tangent grade submissions/ada --lessons L01", "5 task(s) not started yet",
                "L01", "cubic", "all passed", "sigmoid", "not started",
                // lessons not begun, a line each, together
                "L02  0 / 4  not started (2 tasks: riemann, shift)\nL03  0 / 4  not started (2 tasks: descent, gradient)\n");
        assertThat(report).doesNotContain("L02.riemann").doesNotContain("    ERROR");

        // once every task is begun there is no next step to name
        assertThat(new TerminalReport(false, false, guides).render(card(done))).doesNotContain("Next:");
    }

    @Test
    void aBegunTaskThatDoesNotPassIsTheNextStepBeforeTheFirstNotStarted() {
        TestResult wrong = new TestResult("L01.cubic.expression", "L01", "cubic", "expression", TestStatus.FAILED, 0, 2,
                Visibility.VISIBLE, "derivativeExpression(): your expression 3*x^2 - 2*x differs", "", 1, List.of(), null, null);
        TestResult right = new TestResult("L01.cubic.value", "L01", "cubic", "value", TestStatus.PASSED, 2, 2,
                Visibility.VISIBLE, "", "", 1, List.of(), null, null);
        Map<String, TerminalReport.Guide> guides = Map.of("L01.cubic", new TerminalReport.Guide(
                "tangent.exercises.lesson01.Cubic", "Derivative of the cubic", "src/main/java/student/MyCubic.java"));
        String report = new TerminalReport(false, false, guides).render(card(right, wrong, stub("L01", "sigmoid"),
                stub("L02", "riemann")));
        assertThat(report).containsSubsequence("Next: fix L01 cubic (Derivative of the cubic)",
                "1 of its visible check(s) did not pass: see them below",
                "then check it: ./tangent grade submissions/ada --lessons L01",
                "2 task(s) not started yet, the first L01 sigmoid", "FAIL", "3*x^2 - 2*x differs");

        // visible checks all pass, a hidden one does not: the statement is where to look
        TestResult hidden = new TestResult("L01.cubic.random", "L01", "cubic", "random", TestStatus.FAILED, 0, 2,
                Visibility.HIDDEN, "secret", "", 1, List.of(), null, null);
        assertThat(new TerminalReport(false, false, guides).render(card(right, hidden)))
                .contains("Next: fix L01 cubic", "its visible checks pass, 1 hidden check(s) did not").doesNotContain("secret");
    }

    @Test
    void aSubmissionThatRanNoTestIsToldWhatStoppedThemFirst() {
        TestResult notRun = new TestResult("L01.cubic.value", "L01", "cubic", "value", TestStatus.NOT_RUN, 0, 2,
                Visibility.VISIBLE, "not run: the submission does not compile; fix the compile errors first.", "", 0, List.of(),
                null, null);
        Scorecard compiled = card(notRun);
        Scorecard broken = new Scorecard(compiled.schema(), compiled.submission(), compiled.grader(), compiled.seed(),
                SubmissionStatus.COMPILE_ERROR, 0, compiled.maxScore(), 10, "", List.of(), null, null, compiled.tests());
        String report = new TerminalReport(false, false).render(broken);
        assertThat(report).contains("Next: fix the compile errors above", "then check it: ./tangent grade submissions/ada\n")
                .doesNotContain("Next: fix L01");
        // each lesson on one line, not every check's "not run" again
        assertThat(report).contains("L01  0 / 2  not run (1 task: cubic)").doesNotContain("NOT RUN");

        // a crash after some tests ran is not "nothing ran": the checks that did run are shown
        TestResult passed = new TestResult("L01.cubic.value", "L01", "cubic", "value", TestStatus.PASSED, 2, 2,
                Visibility.VISIBLE, "", "", 1, List.of(), null, null);
        TestResult cut = new TestResult("L01.cubic.slope", "L01", "cubic", "slope", TestStatus.NOT_RUN, 0, 2,
                Visibility.VISIBLE, "not run: the grader's workers kept dying", "", 0, List.of(), null, null);
        Scorecard crashed = new Scorecard(broken.schema(), broken.submission(), broken.grader(), broken.seed(),
                SubmissionStatus.CRASHED, 2, 4, 10, "", List.of(), null, null, List.of(passed, cut));
        assertThat(new TerminalReport(false, false).render(crashed)).doesNotContain("not run (1 task")
                .contains("pass    value").contains("NOT RUN slope");

        // graded in part: the command to check again keeps the run's lessons and --public-only
        Scorecard part = new Scorecard(broken.schema(), broken.submission(), broken.grader(), broken.seed(),
                SubmissionStatus.COMPILE_ERROR, 0, 2, 10, "", List.of(), null,
                new tangent.grader.plan.GradingPlan.Scope(List.of("L02", "L03"), true), broken.tests());
        assertThat(new TerminalReport(false, false).render(part))
                .contains("then check it: ./tangent grade submissions/ada --lessons L01 --public-only\n");
    }

    @Test
    void markdownEscapesReadAsTextNotAsEntities() {
        String md = new MarkdownReport(false).toMarkdown(card(test("a", "sigmoid(x) < 1 for x < 0", TestStatus.FAILED,
                "expected a value < 1, got 1.5")));
        assertThat(md).doesNotContain("&lt;").contains("sigmoid(x) \\< 1 for x \\< 0").contains("value \\< 1");
    }
}
