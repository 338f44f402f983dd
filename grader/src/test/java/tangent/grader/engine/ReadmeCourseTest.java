package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tangent.course.Exercise;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlannedTest;
import tangent.grader.plan.TheCourse;

/**
 * The README's figures about the course are the plan's: the summary's tasks, tests and points, the
 * course table's tasks and points per lesson, and each lesson's maximum in the samples table. When
 * a task is added, this says which line to write.
 */
class ReadmeCourseTest {

    private static final Path README = Path.of(System.getProperty("tangent.submissions", "../submissions"))
            .resolveSibling("README.md");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (L\\d\\d) ([^|]+?) \\| (.+?) \\| (\\d+) \\|$");
    private static final Pattern CELL = Pattern.compile("([a-z0-9-]+) \\((\\w+)\\) (\\d+)");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) tasks, (\\d+)\\s+graded tests, (\\d+) points");
    private static final Pattern SAMPLES_ROW = Pattern.compile("(?m)^\\| (L\\d\\d) /(\\d+) \\|");

    @Test
    void theCourseTableListsEveryTaskWithItsPointsAndEachLessonsTotal() throws Exception {
        String readme = Files.readString(README);
        GradingPlan plan = TheCourse.plan();
        Map<String, TreeSet<String>> expected = new TreeMap<>();
        Map<String, Double> totals = new TreeMap<>();
        Map<String, String> interfaces = new LinkedHashMap<>();
        for (Class<?> exercise : plan.exercises()) {
            Exercise about = exercise.getAnnotation(Exercise.class);
            interfaces.put(about.lesson() + " " + about.task(), exercise.getSimpleName());
        }
        Map<String, Double> taskPoints = new TreeMap<>();
        for (PlannedTest test : plan.tests()) {
            taskPoints.merge(test.lesson() + " " + test.task(), test.points(), Double::sum);
            totals.merge(test.lesson(), test.points(), Double::sum);
        }
        taskPoints.forEach((key, points) -> expected.computeIfAbsent(key.substring(0, 3), l -> new TreeSet<>())
                .add(key.substring(4) + " (" + interfaces.get(key) + ") " + TheCourse.points(points)));

        Map<String, TreeSet<String>> written = new TreeMap<>();
        Map<String, String> writtenTotals = new TreeMap<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            TreeSet<String> cells = new TreeSet<>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                cells.add(cell.group(1) + " (" + cell.group(2) + ") " + cell.group(3));
            }
            written.put(row.group(1), cells);
            writtenTotals.put(row.group(1), row.group(4));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> lesson : expected.entrySet()) {
            String total = TheCourse.points(totals.get(lesson.getKey()));
            if (!lesson.getValue().equals(written.get(lesson.getKey())) || !total.equals(writtenTotals.get(lesson.getKey()))) {
                wrong.add("the row of " + lesson.getKey() + " should list " + String.join(", ", lesson.getValue())
                        + " | " + total);
            }
        }
        assertThat(written.keySet()).as("lessons in README.md's course table").isEqualTo(expected.keySet());
        assertThat(wrong).as("README.md's course table against the plan").isEmpty();

        Matcher summary = SUMMARY.matcher(readme);
        assertThat(summary.find()).as("README.md's summary: N tasks, N graded tests, N points").isTrue();
        assertThat(List.of(summary.group(1), summary.group(2), summary.group(3))).as("README.md's summary")
                .containsExactly(Integer.toString(plan.exercises().size()), Integer.toString(plan.tests().size()),
                        TheCourse.points(plan.maxScore()));

        Matcher samples = SAMPLES_ROW.matcher(readme);
        while (samples.find()) {
            assertThat(samples.group(2)).as("README.md's samples table: the maximum of " + samples.group(1))
                    .isEqualTo(TheCourse.points(totals.get(samples.group(1))));
        }
    }
}
