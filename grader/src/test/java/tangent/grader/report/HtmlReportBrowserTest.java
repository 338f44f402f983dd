package tangent.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.engine.GradingTestBase;
import tangent.grader.score.Scorecard;

/**
 * The batch report in a real browser: headless Chromium or Chrome (.ci/run installs Debian's
 * chromium where neither is there; GitHub's Ubuntu runners have Google Chrome) loads the file, its
 * rendered DOM is checked, and a screenshot is saved to grader/target/report-screenshot.png. With
 * TANGENT_REQUIRE_BROWSER=true (this project's GitHub workflow) a missing browser fails the test
 * instead of skipping it.
 */
class HtmlReportBrowserTest extends GradingTestBase {

    private static final Path CHROMIUM = java.util.stream.Stream.of("/usr/bin/chromium", "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome").map(Path::of).filter(Files::isExecutable)
            .findFirst().orElse(Path.of("/usr/bin/chromium"));

    @TempDir
    Path dir;

    private String chromium(Path profile, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }

    @Test
    void theReportRendersWithItsHistogramPassRatesAndLinkedSubmissions() throws Exception {
        if ("true".equals(System.getenv("TANGENT_REQUIRE_BROWSER"))) {
            assertThat(CHROMIUM).as("TANGENT_REQUIRE_BROWSER is set: a browser must be here").isExecutable();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here (.ci/run installs it)");
        List<Scorecard> cards = new ArrayList<>();
        for (String sample : List.of("sample-factor-two", "sample-partial", "sample-compile-error", "hostile/exit",
                "l02-differentiated")) {
            cards.add(grade(sample));
        }
        Path report = dir.resolve("report.html");
        new HtmlReport().write(cards, report);

        String dom = chromium(dir.resolve("profile-dom"), "--dump-dom", report.toUri().toString());
        assertThat(dom).contains("<h1>Tangent report</h1>", "5 submission(s)");
        assertThat(count(dom, "<rect class=\"bin\"")).isEqualTo(10);
        assertThat(count(dom, "<a href=\"#s-")).isEqualTo(5);
        Matcher link = Pattern.compile("<a href=\"#(s-[^\"]+)\">").matcher(dom);
        while (link.find()) {
            assertThat(dom).contains("id=\"" + link.group(1) + "\"");
        }
        assertThat(dom).contains("L01.sigmoid", "twice the right one", "java.lang.System.exit");
        assertThat(count(dom, "<svg class=\"curve\"")).isGreaterThan(0); // failed function checks are plotted
        int worstFirst = dom.indexOf("<table id=\"pass-rates\">");
        assertThat(dom.indexOf("L01.sigmoid", worstFirst)).isLessThan(dom.indexOf("L01.difference-quotients", worstFirst));

        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium(dir.resolve("profile-shot"), "--window-size=1200,1600", "--screenshot=" + screenshot,
                report.toUri().toString());
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void theSimilaritySectionRendersItsPairsAndTheirRegionsSideBySide() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here (.ci/run installs it)");
        Path samples = Path.of(System.getProperty("tangent.submissions", "../submissions"));
        var starter = tangent.grader.scaffold.StarterProject.of(new tangent.grader.plan.Planner(
                tangent.grader.plan.Course.load()).plan().exercises()).givenSources();
        var similarity = new tangent.grader.similarity.Similarity(tangent.grader.similarity.SimilarityOptions.defaults(),
                starter).compare(List.of(new tangent.grader.intake.Handins.Handin("l06-correct", samples.resolve("l06-correct")),
                new tangent.grader.intake.Handins.Handin("l06-sign-flip", samples.resolve("l06-sign-flip"))), null);
        Path report = dir.resolve("similarity.html");
        new HtmlReport().write(List.of(), similarity, report);

        String dom = chromium(dir.resolve("profile-similarity"), "--dump-dom", report.toUri().toString());
        assertThat(dom).contains("<h2 id=\"similarity\">Similar submissions</h2>", "<table id=\"similar-pairs\">",
                "<td>l06-correct</td><td>l06-sign-flip</td>");
        int regions = similarity.pairs().get(0).regions().size();
        assertThat(regions).isPositive();
        assertThat(count(dom, "<div class=\"side\">")).isEqualTo(regions);
        assertThat(count(dom, "<pre>")).isEqualTo(2 * regions);
        assertThat(dom).contains("<details class=\"pair\" id=\"pair-1\">");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
