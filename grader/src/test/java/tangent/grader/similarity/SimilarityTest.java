package tangent.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.intake.Handins.Handin;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;
import tangent.grader.scaffold.StarterProject;
import tangent.grader.testing.Folders;
import tangent.grader.similarity.SimilarityReport.Pair;

/**
 * The comparison on crafted submissions (test resources {@code similarity/}): one student's
 * solution to lessons 6 and 8 ({@code original}: sample-complete's, copied from the samples), five
 * disguised copies of it made the way students disguise copies ({@code copies/}: identifiers renamed, methods reordered, helpers extracted and
 * inlined, comments and layout rewritten, and all of it at once), and solutions of the same tasks
 * written independently from the interfaces alone ({@code independent/}), besides a submission that
 * does not parse, one without sources and two that are the untouched starter.
 *
 * <p>Every copy with one disguise must score at or above the default threshold against the original,
 * the copy with all of them must rank above every pair of independent solutions, and those pairs
 * must stay below the threshold. One comparison with threshold 0 gives every pair's similarity.
 */
class SimilarityTest {

    private static final double THRESHOLD = SimilarityOptions.DEFAULT_THRESHOLD;

    @TempDir
    static Path work;

    private static SimilarityReport all;
    private static Map<String, String> starter;
    private static List<String> copies;
    private static List<String> independent;

    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

    /** The original: sample-complete's lessons 6 and 8, the part of it the copies were made from. */
    private static Path original;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SimilarityTest.class.getResource("/similarity/" + name).toURI());
    }

    private static List<String> folders(String parent) throws Exception {
        try (Stream<Path> list = Files.list(fixture(parent))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @BeforeAll
    static void compareTheBatch() throws Exception {
        starter = StarterProject.of(new Planner(Course.load()).plan().exercises()).givenSources();
        original = work.resolve("original");
        for (String lesson : List.of("lesson06", "lesson08")) {
            Folders.copy(SUBMISSIONS.resolve("sample-complete/src/main/java/complete/" + lesson),
                    original.resolve("src/main/java/complete/" + lesson));
        }
        copies = folders("copies");
        independent = folders("independent");
        List<Handin> batch = new ArrayList<>();
        batch.add(new Handin("original", original));
        copies.forEach(name -> batch.add(handin("copies", name)));
        independent.forEach(name -> batch.add(handin("independent", name)));
        batch.add(new Handin("broken", broken()));
        batch.add(new Handin("empty", Files.createDirectories(work.resolve("empty"))));
        batch.add(new Handin("starter-1", starterOnly("starter-1")));
        batch.add(new Handin("starter-2", starterOnly("starter-2")));
        all = new Similarity(new SimilarityOptions(0, null, 0, 3), starter).compare(batch, work.resolve("jplag.zip"));
    }

    @Test
    void identicalCopiesOfTheWholeCourseScoreFullyAtTheSmallestMinimumMatch() throws Exception {
        List<Handin> twins = new ArrayList<>();
        for (String name : List.of("twin-1", "twin-2")) {
            Path copy = work.resolve("twins/" + name);
            Folders.copy(SUBMISSIONS.resolve("sample-complete"), copy);
            twins.add(new Handin(name, copy));
        }
        SimilarityReport report = new Similarity(new SimilarityOptions(0, SimilarityOptions.SMALLEST_MINIMUM_TOKENS, 0, 0),
                starter).compare(twins, null);
        // JPlag lets the base code claim a few tokens even of identical code: 99.97% at its default, 9
        assertThat(report.pairs()).singleElement().satisfies(p -> assertThat(p.similarity()).isGreaterThan(0.995));
        assertThatThrownBy(() -> new SimilarityOptions(0.5, SimilarityOptions.SMALLEST_MINIMUM_TOKENS - 1, 50, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identical submissions score under 100%");
    }

    private static Handin handin(String parent, String name) {
        try {
            return new Handin(name, fixture(parent + "/" + name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The original with one statement's semicolon gone, in its third file. */
    private static Path broken() throws Exception {
        Path folder = work.resolve("broken");
        Path from = original;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Path target = folder.resolve(from.relativize(files.get(i)).toString());
            Files.createDirectories(target.getParent());
            String text = Files.readString(files.get(i));
            Files.writeString(target, i == 2 ? text.replaceFirst("return ([^;]*);", "return $1") : text);
        }
        return folder;
    }

    /** A submission that is the starter as `tangent init` writes it, not a line changed. */
    private static Path starterOnly(String name) throws IOException {
        Path folder = work.resolve(name);
        for (Map.Entry<String, String> file : starter.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        return folder;
    }

    private static Optional<Pair> pair(SimilarityReport report, String a, String b) {
        String first = a.compareTo(b) < 0 ? a : b;
        String second = a.compareTo(b) < 0 ? b : a;
        return report.pairs().stream().filter(p -> p.first().equals(first) && p.second().equals(second)).findFirst();
    }

    private static double similarity(String a, String b) {
        return pair(all, a, b).orElseThrow(() -> new AssertionError("no comparison of " + a + " and " + b)).similarity();
    }

    @Test
    void thereAreCopiesAndIndependentSolutionsToCompare() {
        assertThat(copies).hasSizeGreaterThanOrEqualTo(5);
        assertThat(independent).hasSizeGreaterThanOrEqualTo(2);
        // every submission but the broken and the empty one took part, so every pair was compared
        int compared = 1 + copies.size() + independent.size() + 2;
        assertThat(all.compared()).isEqualTo(compared);
        assertThat(all.comparisons()).isEqualTo((long) compared * (compared - 1) / 2);
        assertThat(all.pairs()).hasSize((int) all.comparisons());
    }

    /** The copies with one disguise each: what a copier does to a classmate's code first. */
    private static final List<String> ONE_DISGUISE = List.of("renamed", "reordered", "extracted", "recommented");

    @Test
    void everyCopyWithOneDisguiseIsFoundAboveTheThreshold() {
        assertThat(copies).containsAll(ONE_DISGUISE);
        for (String copy : ONE_DISGUISE) {
            assertThat(similarity("original", copy)).as("original against the copy " + copy).isGreaterThanOrEqualTo(THRESHOLD);
        }
    }

    /**
     * All the disguises at once (with loops rewritten and locals added) bring a copy down to where a
     * solution written alone in the same style is (47% against 41% here, at every minimum match from
     * 6 to 15 tokens): no threshold separates them with room to spare, but ranked, the copy still
     * comes before every pair of independent solutions, which is how the report lists pairs.
     */
    @Test
    void aCopyWithEveryDisguiseStillRanksAboveEveryIndependentPair() {
        double disguised = similarity("original", "all-disguises");
        List<String> authors = new ArrayList<>(independent);
        authors.add("original");
        for (int i = 0; i < authors.size(); i++) {
            for (int j = i + 1; j < authors.size(); j++) {
                assertThat(disguised).as("all-disguises against " + authors.get(i) + " and " + authors.get(j))
                        .isGreaterThan(similarity(authors.get(i), authors.get(j)));
            }
        }
    }

    @Test
    void independentSolutionsOfTheSameTasksStayBelowIt() {
        List<String> authors = new ArrayList<>(independent);
        authors.add("original");
        for (int i = 0; i < authors.size(); i++) {
            for (int j = i + 1; j < authors.size(); j++) {
                assertThat(similarity(authors.get(i), authors.get(j))).as(authors.get(i) + " against " + authors.get(j))
                        .isLessThan(THRESHOLD);
            }
        }
    }

    @Test
    void theStarterEveryoneWasGivenDoesNotCount() throws Exception {
        assertThat(similarity("starter-1", "starter-2")).isLessThan(0.05);
        // without it as base code the two untouched starters are the same submission
        SimilarityReport without = new Similarity(new SimilarityOptions(0, null, 0, 0), Map.of())
                .compare(List.of(new Handin("starter-1", work.resolve("starter-1")),
                        new Handin("starter-2", work.resolve("starter-2"))), null);
        assertThat(pair(without, "starter-1", "starter-2")).get().extracting(Pair::similarity).isEqualTo(1.0);
    }

    @Test
    void aSubmissionThatDoesNotParseOrHasNoSourcesIsReportedAndTheRestCompared() {
        assertThat(all.notCompared()).extracting(SimilarityReport.NotCompared::id).containsExactly("broken", "empty");
        assertThat(all.notCompared().get(0).reason()).startsWith("it does not parse as Java (src/main/java/")
                .contains(".java:").contains("';' expected").contains("fix the syntax");
        assertThat(all.notCompared().get(1).reason()).contains("no Java sources");
    }

    @Test
    void theTopPairsKeepTheirMatchedRegionsWithTheLinesAndTheRestOnlyNumbers() {
        Pair top = all.pairs().get(0);
        assertThat(top.regions()).isNotEmpty().hasSizeLessThanOrEqualTo(Similarity.REGIONS_KEPT);
        assertThat(top.regions()).isSortedAccordingTo((a, b) -> Integer.compare(b.tokens(), a.tokens()));
        for (SimilarityReport.Region region : top.regions()) {
            for (SimilarityReport.Span span : List.of(region.first(), region.second())) {
                assertThat(span.file()).startsWith("src/main/java/").endsWith(".java");
                assertThat(span.startLine()).isPositive().isLessThanOrEqualTo(span.endLine());
                assertThat(span.text()).isNotBlank();
            }
        }
        assertThat(all.pairs().subList(3, all.pairs().size())).allSatisfy(p -> assertThat(p.regions()).isEmpty());
        assertThat(all.pairs()).isSortedAccordingTo((a, b) -> Double.compare(b.similarity(), a.similarity()));
    }

    @Test
    void jplagsOwnReportIsWritten() throws Exception {
        try (ZipFile zip = new ZipFile(work.resolve("jplag.zip").toFile())) {
            assertThat(zip.getEntry("overview.json")).isNotNull();
        }
    }

    /** A submission of two short methods: the sigmoid and its derivative as anybody writes them. */
    private static Path tiny(String name, String variable) throws IOException {
        Path file = work.resolve(name).resolve("Sig.java");
        Files.createDirectories(file.getParent());
        String v = variable;
        Files.writeString(file, "public class Sig {\n"
                + "    public double value(double " + v + ") {\n"
                + "        double e = Math.exp(-" + v + ");\n        return 1 / (1 + e);\n    }\n"
                + "    public double slope(double " + v + ") {\n"
                + "        double s = value(" + v + ");\n        return s * (1 - s);\n    }\n}\n");
        return file.getParent();
    }

    @Test
    void submissionsTooSmallForJplagAreReportedNotFatal() throws Exception {
        Path one = Files.createDirectories(work.resolve("one-line-1"));
        Path two = Files.createDirectories(work.resolve("one-line-2"));
        Files.writeString(one.resolve("A.java"), "class A { int f() { return 1; } }\n");
        Files.writeString(two.resolve("A.java"), "class A { int f() { return 2; } }\n");
        SimilarityReport report = new Similarity(SimilarityOptions.defaults(), starter)
                .compare(List.of(new Handin("one-line-1", one), new Handin("one-line-2", two)), null);
        assertThat(report.compared()).isZero();
        assertThat(report.notCompared()).extracting(SimilarityReport.NotCompared::reason)
                .allSatisfy(reason -> assertThat(reason).startsWith("too little code to compare"));
    }

    @Test
    void theDefaultsListThePairsAtOrAboveTheThresholdThatShareEnoughCode() throws Exception {
        List<Handin> some = new ArrayList<>();
        some.add(new Handin("original", original));
        some.add(handin("copies", copies.get(0)));
        some.add(handin("independent", independent.get(0)));
        some.add(new Handin("tiny-1", tiny("tiny-1", "x")));
        some.add(new Handin("tiny-2", tiny("tiny-2", "t")));
        SimilarityReport report = new Similarity(SimilarityOptions.defaults(), starter).compare(some, null);
        assertThat(report.pairs()).extracting(p -> p.first() + "/" + p.second())
                .containsExactlyElementsOf(all.pairs().stream().filter(p -> some.stream().anyMatch(h -> h.id().equals(p.first()))
                        && some.stream().anyMatch(h -> h.id().equals(p.second())) && p.similarity() >= THRESHOLD
                        && p.matchedTokens() >= SimilarityOptions.DEFAULT_MINIMUM_MATCHED)
                        .map(p -> p.first() + "/" + p.second()).toList());
        assertThat(report.pairs()).extracting(Pair::first).doesNotContain("tiny-1");
        // the two sigmoids are one line each, the same line: alike, and too little code to tell
        SimilarityReport tiny = new Similarity(new SimilarityOptions(0, null, 0, 0), starter)
                .compare(some.subList(3, 5), null);
        assertThat(tiny.pairs().get(0).similarity()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(tiny.pairs().get(0).matchedTokens()).isLessThan(SimilarityOptions.DEFAULT_MINIMUM_MATCHED);
        assertThat(report.smallPairs()).isEqualTo(1);
        assertThat(report.comparisons()).isEqualTo(10);
    }
}
