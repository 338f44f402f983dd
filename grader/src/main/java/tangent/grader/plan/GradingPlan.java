package tangent.grader.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every graded test of the course, in a stable order (lesson, task, suite order).
 *
 * @param tests        the tests
 * @param exercises    every exercise interface some test needs
 * @param suitesSha256 hex SHA-256 over everything that decides a grade (see {@code GradedCode})
 */
public record GradingPlan(List<PlannedTest> tests, List<Class<?>> exercises, String suitesSha256, Scope scope) {

    /**
     * What part of the course a plan covers, when not all of it.
     *
     * @param lessonsLeftOut lessons whose tests are not in the plan
     * @param publicOnly     whether only visible tests are (what a student can run without the hidden suites)
     */
    public record Scope(List<String> lessonsLeftOut, boolean publicOnly) {
        public Scope {
            lessonsLeftOut = List.copyOf(lessonsLeftOut);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isWhole() {
            return lessonsLeftOut.isEmpty() && !publicOnly;
        }
    }

    public GradingPlan {
        tests = List.copyOf(tests);
        exercises = List.copyOf(exercises);
    }

    /** The whole course's plan. */
    public GradingPlan(List<PlannedTest> tests, List<Class<?>> exercises, String suitesSha256) {
        this(tests, exercises, suitesSha256, new Scope(List.of(), false));
    }

    /**
     * Part of this plan: only the given lessons (all when empty), only visible tests if asked.
     *
     * @throws IllegalArgumentException naming a lesson the course does not have
     */
    public GradingPlan narrowed(Set<String> lessons, boolean publicOnly) {
        Set<String> known = lessons();
        for (String lesson : lessons) {
            if (!known.contains(lesson)) {
                throw new IllegalArgumentException("there is no lesson " + lesson + "; the course has " + known);
            }
        }
        List<PlannedTest> kept = tests.stream()
                .filter(t -> lessons.isEmpty() || lessons.contains(t.lesson()))
                .filter(t -> !publicOnly || t.visibility() == tangent.grader.suite.Visibility.VISIBLE)
                .toList();
        List<String> leftOut = known.stream().filter(l -> !lessons.isEmpty() && !lessons.contains(l)).toList();
        return new GradingPlan(kept, exercises, suitesSha256, new Scope(leftOut, publicOnly));
    }

    /** The most a submission can score. */
    public double maxScore() {
        return tests.stream().mapToDouble(PlannedTest::points).sum();
    }

    /** The lessons in plan order. */
    public Set<String> lessons() {
        Set<String> lessons = new LinkedHashSet<>();
        tests.forEach(t -> lessons.add(t.lesson()));
        return lessons;
    }
}
