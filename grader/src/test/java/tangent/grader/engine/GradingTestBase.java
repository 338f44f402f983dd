package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import tangent.cas.Cas;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.reference.cas.CasTable;

/**
 * What end-to-end tests share: one grader (and so one warm worker) per test class, the sample
 * submissions, the reference graded as a submission, and per-lesson views of a scorecard, so each
 * lesson's assertions hold however many other lessons the course has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GradingTestBase {

    protected static final long SEED = 20261123L;
    protected static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

    protected Grader grader;

    @BeforeAll
    void startGrader() {
        Course course = Course.load();
        grader = new Grader(course, new Planner(course).plan(),
                WorkerSettings.defaults().withTestTimeout(Duration.ofSeconds(3)));
    }

    @AfterAll
    void stopGrader() {
        grader.close();
    }

    /**
     * How Java prints an array it was not asked to format ({@code [[D@6909f6be}): a suite message
     * that shows one lost the values a student needed to see.
     */
    private static final Pattern ARRAY_IDENTITY = Pattern.compile("\\[+([BCDFIJSZ]|L[\\w.$]+;)@\\p{XDigit}+");

    /**
     * Grades {@code submissions/<sample>} with the fixed seed, and checks on the way that no failed
     * check's message (the suites' words, not the student's exceptions) prints an array unformatted.
     */
    protected Scorecard grade(String sample) throws Exception {
        Scorecard card = grader.grade(SUBMISSIONS.resolve(sample), SEED);
        assertThat(card.tests()).filteredOn(t -> t.status() == TestStatus.FAILED)
                .allSatisfy(t -> assertThat(t.message()).as(t.id()).doesNotContainPattern(ARRAY_IDENTITY));
        return card;
    }

    /** A scorecard as JSON without its durations: what must repeat exactly, run after run. */
    protected static com.fasterxml.jackson.databind.JsonNode withoutDurations(Scorecard card) throws Exception {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new tangent.grader.score.ScorecardJson().toJson(card));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("duration_ms");
        json.get("tests").forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("duration_ms"));
        return json;
    }

    /** Grades the reference implementation's compiled classes, with its libraries, as a submission. */
    protected Scorecard gradeReference() throws Exception {
        List<Path> classpath = new ArrayList<>();
        classpath.add(location(CasTable.class)); // the reference's classes
        classpath.add(location(Cas.class)); // and the CAS door they use
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            // The reference's own libraries (symja, Commons Math); not the API, which the parent provides.
            if (name.endsWith(".jar") && !name.startsWith("exercises-") && !name.startsWith("reference-")) {
                classpath.add(Path.of(entry));
            }
        }
        return grader.gradeCompiled("reference", classpath, SEED);
    }

    /** The tests of one lesson. */
    protected static List<TestResult> lesson(Scorecard card, String lesson) {
        return card.tests().stream().filter(t -> t.lesson().equals(lesson)).toList();
    }

    /** Points earned in one lesson. */
    protected static double score(Scorecard card, String lesson) {
        return lesson(card, lesson).stream().mapToDouble(TestResult::score).sum();
    }

    /** Points possible in one lesson. */
    protected static double maxScore(Scorecard card, String lesson) {
        return lesson(card, lesson).stream().mapToDouble(TestResult::maxScore).sum();
    }

    /**
     * The tests of one lesson's tasks that the submission attempts: a task none of whose tests ran
     * (not implemented, as a one-task mistake sample leaves the lesson's other tasks) is left out, so
     * a task added to the lesson later changes no mistake sample's assertions.
     */
    protected static List<TestResult> attempted(Scorecard card, String lesson) {
        Set<String> tried = lesson(card, lesson).stream().filter(t -> t.status() != TestStatus.NOT_RUN)
                .map(TestResult::task).collect(Collectors.toSet());
        return lesson(card, lesson).stream().filter(t -> tried.contains(t.task())).toList();
    }

    /** Points possible in the tasks of one lesson that the submission attempts. */
    protected static double earnable(Scorecard card, String lesson) {
        return attempted(card, lesson).stream().mapToDouble(TestResult::maxScore).sum();
    }

    /** Test ids of all of one lesson's tests by status, attempted or not. */
    protected static Map<TestStatus, Set<String>> allByStatus(Scorecard card, String lesson) {
        return idsByStatus(lesson(card, lesson));
    }

    /** Test ids of the attempted tasks of one lesson by status (statuses with no test are absent). */
    protected static Map<TestStatus, Set<String>> byStatus(Scorecard card, String lesson) {
        return idsByStatus(attempted(card, lesson));
    }

    private static Map<TestStatus, Set<String>> idsByStatus(List<TestResult> tests) {
        return tests.stream().collect(Collectors.groupingBy(TestResult::status,
                Collectors.mapping(TestResult::id, Collectors.toSet())));
    }

    protected static TestResult test(Scorecard card, String id) {
        return card.tests().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no test " + id + " in the scorecard"));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
