package tangent.grader.regrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tangent.grader.score.RunKey;
import tangent.grader.score.ScopeFlags;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * A regrade's differences: per submission in both runs, the score before and after and every test
 * whose status or points changed (or that only one run had), with both messages.
 *
 * @param students     the submissions in both runs, in id order
 * @param onlyBefore   the submissions graded only in the first run, in id order
 * @param onlyAfter    those graded only in the second
 * @param runChanges   how the runs differ (suites, grader version, maximum score, ...); empty when not at all
 * @param incomparable why the runs should not be compared (another seed, scope or set of tasks);
 *                     empty when they can be
 */
public record Regrade(List<StudentChange> students, List<OneRun> onlyBefore, List<OneRun> onlyAfter,
        List<RunKey.Difference> runChanges, List<String> incomparable) {

    public Regrade {
        students = List.copyOf(students);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
        runChanges = List.copyOf(runChanges);
        incomparable = List.copyOf(incomparable);
    }

    /** A submission that only one of the runs graded, as that run graded it. */
    public record OneRun(String id, double score, double maxScore, String status) {

        static OneRun of(Scorecard card) {
            return new OneRun(card.submission().id(), card.score(), card.maxScore(), card.status().json());
        }
    }

    /** Which way a submission's score went. */
    public enum Direction { UP, DOWN, UNCHANGED }

    /**
     * One submission in both runs.
     *
     * @param sourcesChanged whether its sources differ between the runs (a resubmission, not the suites)
     * @param tests          the tests that changed, in the second run's plan order, then those only the first had
     */
    public record StudentChange(String id, double scoreBefore, double scoreAfter, double maxBefore, double maxAfter,
            String statusBefore, String statusAfter, boolean sourcesChanged, List<TestChange> tests) {

        public StudentChange {
            tests = List.copyOf(tests);
        }

        public double change() {
            return scoreAfter - scoreBefore;
        }

        public Direction direction() {
            // scores are sums of a test's points: equal runs give the same double, any real change exceeds this
            double change = change();
            return Math.abs(change) < 1e-9 ? Direction.UNCHANGED : change > 0 ? Direction.UP : Direction.DOWN;
        }
    }

    /**
     * One test whose outcome changed; a null status means that run did not have the test.
     */
    public record TestChange(String id, String name, TestStatus statusBefore, TestStatus statusAfter,
            double pointsBefore, double pointsAfter, String messageBefore, String messageAfter) {
    }

    public long count(Direction direction) {
        return students.stream().filter(s -> s.direction() == direction).count();
    }

    /** The differences between two runs' scorecards, by submission id. */
    public static Regrade of(Map<String, Scorecard> before, Map<String, Scorecard> after) {
        Map<String, Scorecard> old = new TreeMap<>(before);
        Map<String, Scorecard> now = new TreeMap<>(after);
        List<StudentChange> students = new ArrayList<>();
        for (Map.Entry<String, Scorecard> entry : now.entrySet()) {
            Scorecard earlier = old.get(entry.getKey());
            if (earlier != null) {
                students.add(student(earlier, entry.getValue()));
            }
        }
        List<OneRun> onlyBefore = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(e -> OneRun.of(e.getValue())).toList();
        List<OneRun> onlyAfter = now.entrySet().stream().filter(e -> !old.containsKey(e.getKey()))
                .map(e -> OneRun.of(e.getValue())).toList();
        List<RunKey.Difference> runChanges = new ArrayList<>();
        List<String> incomparable = new ArrayList<>();
        if (!old.isEmpty() && !now.isEmpty()) {
            Scorecard a = old.values().iterator().next();
            Scorecard b = now.values().iterator().next();
            for (RunKey.Difference d : RunKey.of(a).compare(RunKey.of(b))) {
                switch (d.what()) {
                    case "seed" -> incomparable.add("the seeds differ (" + d.ours() + " and " + d.theirs()
                            + "), so the random test inputs differ and a change may come from them rather than from the "
                            + "suites; regrade with --seed " + d.ours());
                    case "scope" -> incomparable.add("they graded different parts of the course (the first "
                            + graded(a) + ", the second " + graded(b) + "); regrade with the first run's "
                            + (ScopeFlags.of(a).isEmpty() ? "options (no --lessons, no --public-only)" : ScopeFlags.of(a)));
                    default -> runChanges.add(d);
                }
            }
            Set<String> tasksBefore = tasks(old);
            Set<String> tasksAfter = tasks(now);
            if (!tasksBefore.equals(tasksAfter)) {
                Set<String> missing = new TreeSet<>(tasksBefore);
                missing.removeAll(tasksAfter);
                Set<String> added = new TreeSet<>(tasksAfter);
                added.removeAll(tasksBefore);
                incomparable.add("their plans hold different tasks (" + (missing.isEmpty() ? "" : "only in the first: "
                        + shortList(missing)) + (missing.isEmpty() || added.isEmpty() ? "" : "; ")
                        + (added.isEmpty() ? "" : "only in the second: " + shortList(added)) + "), so they are not one "
                        + "batch graded twice");
            }
            if (students.isEmpty()) {
                incomparable.add("no submission is in both (the first has " + old.size() + ", the second " + now.size() + ")");
            }
        }
        return new Regrade(students, onlyBefore, onlyAfter, runChanges, incomparable);
    }

    private static StudentChange student(Scorecard before, Scorecard after) {
        Map<String, TestResult> old = new LinkedHashMap<>();
        before.tests().forEach(t -> old.put(t.id(), t));
        List<TestChange> changes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TestResult now : after.tests()) {
            seen.add(now.id());
            TestResult was = old.get(now.id());
            if (was == null) {
                changes.add(new TestChange(now.id(), now.name(), null, now.status(), 0, now.score(), null, now.message()));
            } else if (was.status() != now.status() || was.score() != now.score()) {
                changes.add(new TestChange(now.id(), now.name(), was.status(), now.status(), was.score(), now.score(),
                        was.message(), now.message()));
            }
        }
        for (TestResult was : before.tests()) {
            if (!seen.contains(was.id())) {
                changes.add(new TestChange(was.id(), was.name(), was.status(), null, was.score(), 0, was.message(), null));
            }
        }
        boolean sourcesChanged = before.submission() != null && after.submission() != null
                && !Objects.equals(before.submission().sha256(), after.submission().sha256());
        return new StudentChange(after.submission().id(), before.score(), after.score(), before.maxScore(),
                after.maxScore(), before.status().json(), after.status().json(), sourcesChanged, changes);
    }

    private static Set<String> tasks(Map<String, Scorecard> cards) {
        Set<String> tasks = new TreeSet<>();
        cards.values().forEach(c -> c.tests().forEach(t -> tasks.add(t.lesson() + "." + t.task())));
        return tasks;
    }

    /** What a run graded, as a person says it: "lessons L01, L02, visible tests only". */
    private static String graded(Scorecard card) {
        List<String> lessons = card.tests().stream().map(TestResult::lesson).distinct().sorted().toList();
        boolean visibleOnly = card.scope() != null && card.scope().publicOnly();
        return (lessons.isEmpty() ? "no lesson" : "lesson" + (lessons.size() == 1 ? " " : "s ") + String.join(", ", lessons))
                + (visibleOnly ? ", visible tests only" : "");
    }

    private static String shortList(Set<String> items) {
        List<String> shown = items.stream().limit(5).toList();
        return String.join(", ", shown) + (items.size() > shown.size() ? " and " + (items.size() - shown.size()) + " more" : "");
    }
}
