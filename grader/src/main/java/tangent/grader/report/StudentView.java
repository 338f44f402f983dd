package tangent.grader.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/**
 * What a student may see of a scorecard, decided in one place for every student-facing format:
 * per lesson and task, the visible checks in full, and the hidden and not-yet-due ones only as
 * counts (their names and messages would give the hidden tests away), unless revealed.
 */
record StudentView(Map<String, List<Task>> lessons) {

    /**
     * One task as the student sees it.
     *
     * @param name         the task id
     * @param earned       points earned
     * @param possible     points possible
     * @param shown        the checks shown in full
     * @param hiddenPassed hidden checks that passed
     * @param hiddenOther  hidden checks that did not
     */
    record Task(String name, double earned, double possible, List<TestResult> shown, int hiddenPassed,
            int hiddenOther) {

        int hidden() {
            return hiddenPassed + hiddenOther;
        }
    }

    static StudentView of(Scorecard card, boolean reveal) {
        Map<String, Map<String, List<TestResult>>> grouped = card.tests().stream().collect(Collectors.groupingBy(
                TestResult::lesson, LinkedHashMap::new,
                Collectors.groupingBy(TestResult::task, LinkedHashMap::new, Collectors.toList())));
        Map<String, List<Task>> lessons = new LinkedHashMap<>();
        grouped.forEach((lesson, tasks) -> lessons.put(lesson, tasks.entrySet().stream().map(e -> {
            List<TestResult> tests = e.getValue();
            List<TestResult> shown = tests.stream().filter(t -> reveal || t.visibility() == Visibility.VISIBLE).toList();
            int hiddenPassed = (int) tests.stream().filter(t -> !shown.contains(t) && t.status() == TestStatus.PASSED).count();
            int hiddenOther = tests.size() - shown.size() - hiddenPassed;
            return new Task(e.getKey(), tests.stream().mapToDouble(TestResult::score).sum(),
                    tests.stream().mapToDouble(TestResult::maxScore).sum(), shown, hiddenPassed, hiddenOther);
        }).toList()));
        return new StudentView(lessons);
    }

    /**
     * Whether a check did not pass for the same reason, in the same words, as the one before it in its
     * task: such messages are said once.
     */
    static boolean sameAsBefore(TestResult previous, TestResult test) {
        return previous != null && previous.status() == test.status() && previous.message().equals(test.message());
    }

    /** "3 hidden check(s): 2 passed, 1 did not". */
    static String hiddenSummary(Task task) {
        return task.hidden() + " hidden check(s): " + task.hiddenPassed() + " passed"
                + (task.hiddenOther() == 0 ? "" : ", " + task.hiddenOther() + " did not");
    }
}
