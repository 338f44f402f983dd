package tangent.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tangent.grader.engine.GradingTestBase;
import tangent.grader.plan.TheCourse;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/**
 * Every output, checked the way its readers read it: scorecards against the JSON Schema (with a
 * validator), Gradescope's field names and types, JUnit XML by parsing it, the gradebook by
 * reading it as CSV, the Markdown for what it must and must not show.
 */
class ReportsTest extends GradingTestBase {

    /** The course's most points, as reports write them. */
    private static final String MAX = TheCourse.points(TheCourse.maxScore());

    @TempDir
    Path dir;

    private List<Scorecard> cards() throws Exception {
        List<Scorecard> cards = new ArrayList<>();
        for (String sample : List.of("sample-factor-two", "sample-compile-error", "hostile/exit", "l04-correct",
                "hostile/busy-loop")) {
            cards.add(grade(sample));
        }
        return cards;
    }

    @Test
    void everyScorecardValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getClassLoader().getResourceAsStream("tangent-scorecard.schema.json"));
        ObjectMapper mapper = new ObjectMapper();
        ScorecardJson json = new ScorecardJson();
        for (Scorecard card : cards()) {
            Path file = dir.resolve(card.submission().id() + ".json");
            json.write(card, file);
            assertThat(schema.validate(mapper.readTree(file.toFile()))).as(card.submission().id()).isEmpty();
        }
        JsonNode broken = mapper.readTree("{\"schema\": \"tangent-scorecard/1\", \"status\": \"graded\"}");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void gradescopeResultsHaveTheSpecificationsFieldsAndTypes() throws Exception {
        Scorecard card = grade("sample-factor-two");
        JsonNode results = new GradescopeResults().toJson(card);
        assertThat(results.get("score").isNumber()).isTrue();
        assertThat(results.get("score").asDouble()).isEqualTo(card.score());
        assertThat(results.get("execution_time").isNumber()).isTrue();
        assertThat(results.get("output").isTextual()).isTrue();
        assertThat(results.get("visibility").asText()).isEqualTo("visible");
        assertThat(results.get("stdout_visibility").asText()).isIn("hidden", "after_due_date", "after_published", "visible");
        for (JsonNode test : results.get("tests")) {
            if (test.has("score")) {
                assertThat(test.get("score").isNumber()).isTrue();
                assertThat(test.get("max_score").isNumber()).isTrue();
            }
            assertThat(test.get("status").asText()).isIn("passed", "failed");
            assertThat(test.get("name").isTextual()).isTrue();
            assertThat(test.get("number").asText()).matches("\\d+\\.\\d+");
            assertThat(test.get("output").isTextual()).isTrue();
            assertThat(test.get("tags").isArray()).isTrue();
            assertThat(test.get("visibility").asText()).isIn("after_due_date", "after_published", "visible");
            assertThat(test.get("extra_data").isObject()).isTrue();
        }
        JsonNode failed = results.get("tests").findParents("extra_data").stream()
                .filter(t -> t.at("/extra_data/id").asText().equals("L01.sigmoid.derivativeAtZeroAndTwo")).findFirst()
                .orElseThrow();
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("output").asText()).contains("twice the right one");
    }

    @Test
    void onGradescopeStudentsSeeTheirTotalAndHiddenChecksOnlyAsCountsUntilGradesArePublished() throws Exception {
        Scorecard card = grade("sample-factor-two");
        JsonNode tests = new GradescopeResults().toJson(card).get("tests");
        List<TestResult> hidden = card.tests().stream().filter(t -> t.visibility() == Visibility.HIDDEN).toList();
        assertThat(hidden).as("the sample has hidden checks to map").isNotEmpty();
        double counted = 0;
        List<String> beforeRelease = new java.util.ArrayList<>();
        for (JsonNode test : tests) {
            String visibility = test.get("visibility").asText();
            if (test.has("score")) {
                counted += test.get("score").asDouble();
                assertThat(visibility).as("no hidden test carries points: students would lose their total")
                        .isNotEqualTo("hidden");
            }
            if (!visibility.equals("after_published")) {
                beforeRelease.add(test.toString());
            }
        }
        assertThat(counted).as("the points shown add up to the score").isEqualTo(card.score());
        for (TestResult t : hidden) {
            assertThat(beforeRelease).as("before release nothing names " + t.id())
                    .noneMatch(shown -> shown.contains(t.id()) || shown.contains(t.name()));
            assertThat(tests.findParents("extra_data").stream().filter(n -> n.at("/extra_data/id").asText().equals(t.id())))
                    .singleElement().satisfies(n -> {
                        assertThat(n.get("visibility").asText()).isEqualTo("after_published");
                        assertThat(n.has("score")).isFalse();
                    });
        }
        long tasksWithHiddenChecks = hidden.stream().map(t -> t.lesson() + "/" + t.task()).distinct().count();
        List<JsonNode> summaries = new java.util.ArrayList<>();
        tests.forEach(n -> { if (n.get("name").asText().endsWith(": hidden checks")) summaries.add(n); });
        assertThat(summaries).hasSize((int) tasksWithHiddenChecks);
        TestResult one = hidden.get(0);
        List<TestResult> itsTask = hidden.stream().filter(t -> t.lesson().equals(one.lesson()) && t.task().equals(one.task()))
                .toList();
        JsonNode summary = summaries.stream().filter(n -> n.get("name").asText().equals(one.task() + ": hidden checks")
                && n.get("tags").get(0).asText().equals(one.lesson())).findFirst().orElseThrow();
        assertThat(summary.get("visibility").asText()).isEqualTo("visible");
        assertThat(summary.get("max_score").asDouble()).isEqualTo(itsTask.stream().mapToDouble(TestResult::maxScore).sum());
        assertThat(summary.get("output").asText()).startsWith(itsTask.stream().filter(t -> t.status() == TestStatus.PASSED)
                .count() + " of " + itsTask.size() + " hidden checks passed");
        assertThat(tests.size()).isEqualTo(card.tests().size() + summaries.size());
    }

    @Test
    void junitXmlParsesWithOneTestcasePerPlannedTest() throws Exception {
        Scorecard card = grade("sample-endless-loop");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(new JunitXml().toXml(card))));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(card.tests().size());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(Integer.parseInt(root.getAttribute("errors"))).isEqualTo(2);
        int skipped = 0;
        for (int i = 0; i < xml.getElementsByTagName("testsuite").getLength(); i++) {
            skipped += Integer.parseInt(((Element) xml.getElementsByTagName("testsuite").item(i)).getAttribute("skipped"));
        }
        assertThat(skipped).isEqualTo(card.count(TestStatus.NOT_RUN));
        assertThat(root.hasAttribute("skipped")).as("junit-10.xsd allows no skipped on testsuites").isFalse();
        assertThat(xml.getElementsByTagName("error").item(0).getTextContent()).contains("did not finish within");
    }

    @Test
    void everyJunitXmlValidatesAgainstTheJenkinsXunitSchemaAndCarriesWhatCiReportersRead() throws Exception {
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/schemas/junit-jenkins-xunit.xsd")).newValidator();
        List<Scorecard> cards = new ArrayList<>(cards());
        cards.add(grade("hostile/untrustworthy-exceptions")); // escapes, a NUL, a 30 MB message
        cards.add(grade("hostile/megabytes-of-output")); // system-out
        for (Scorecard card : cards) {
            String text = new JunitXml().toXml(card);
            validator.validate(new javax.xml.transform.stream.StreamSource(new StringReader(text)));
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
            for (int i = 0; i < xml.getElementsByTagName("testsuite").getLength(); i++) {
                Element suite = (Element) xml.getElementsByTagName("testsuite").item(i);
                for (String attribute : List.of("name", "tests", "failures", "errors", "skipped", "time")) {
                    assertThat(suite.hasAttribute(attribute)).as(card.submission().id() + " testsuite " + attribute).isTrue();
                }
            }
            for (int i = 0; i < xml.getElementsByTagName("testcase").getLength(); i++) {
                Element test = (Element) xml.getElementsByTagName("testcase").item(i);
                for (String attribute : List.of("name", "classname", "time")) {
                    assertThat(test.hasAttribute(attribute)).as(card.submission().id() + " testcase " + attribute).isTrue();
                }
            }
        }
        String broken = "<testsuites skipped=\"1\"><testsuite name=\"a\" tests=\"0\" failures=\"0\" errors=\"0\"/></testsuites>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(
                new javax.xml.transform.stream.StreamSource(new StringReader(broken))))
                .as("the schema rejects what the xunit plugin rejects").hasMessageContaining("skipped");
    }

    @Test
    void theGradebookHasARowPerSubmissionAndStableColumns() throws Exception {
        List<Scorecard> cards = cards();
        String csv = new Gradebook().toCsv(cards);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(cards.size());
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("id", "status", "score", "max_score", "L01")
                .contains("L01.sigmoid", "L08.taylor-exp").containsAll(TheCourse.lessons());
        assertThat(rows).extracting(r -> r.get("id")).isSorted();
        Map<String, String> factorTwo = rows.stream().filter(r -> r.get("id").equals("sample-factor-two")).findFirst()
                .orElseThrow().toMap();
        assertThat(factorTwo).containsEntry("score", "47").containsEntry("L01", "47").containsEntry("L01.sigmoid", "5")
                .containsEntry("max_score", TheCourse.points(TheCourse.maxScore()));
        assertThat(rows.stream().filter(r -> r.get("id").equals("exit")).findFirst().orElseThrow().get("status"))
                .isEqualTo("refused");
        assertThat(new Gradebook().toCsv(List.of(cards.get(0))).lines().findFirst())
                .contains(csv.lines().findFirst().orElseThrow());
    }

    @Test
    void aFailedFunctionCheckCarriesItsCurveIntoTheScorecardAndThePlots() throws Exception {
        Scorecard card = grade("sample-factor-two");
        TestResult failed = test(card, "L01.sigmoid.derivativeAtZeroAndTwo");
        assertThat(failed.curve()).isNotNull();
        assertThat(failed.curve().what()).isEqualTo("S'");
        assertThat(failed.curve().x()).containsExactly(0, 2);
        assertThat(failed.curve().expected()[0]).isEqualTo(0.25);
        assertThat(failed.curve().actual()[0]).isEqualTo(0.5);
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").curve()).isNull();
        String page = new StudentPage(false).toHtml(card);
        assertThat(page).contains("<svg class=\"curve\"", "polyline", "S' at x = 0: expected 0.25")
                .doesNotContain(test(card, "L01.sigmoid.derivativeAtRandomPoints").name());
        assertThat(new HtmlReport().toHtml(List.of(card))).contains("<svg class=\"curve\"");
        Path file = dir.resolve("card.json");
        new ScorecardJson().write(card, file);
        assertThat(new ScorecardJson().read(file).tests()).filteredOn(t -> t.curve() != null).isNotEmpty();
    }

    @Test
    void theBatchReportMarksUngradedRowsCollapsesRepeatedMessagesAndLabelsEveryPlot() throws Exception {
        Path starter = dir.resolve("stubs");
        assertThat(tangent.grader.cli.Tangent.commandLine().execute("init", starter.toString())).isZero();
        Scorecard stubs = grader.grade(starter, SEED);
        List<Scorecard> cards = List.of(stubs, grade("sample-factor-two"), grade("sample-compile-error"), grade("hostile/exit"));
        String html = new HtmlReport().toHtml(cards);

        // the distribution: count, mean, quartiles, and the histogram's axes, quartile marks and legend
        assertThat(html).containsPattern("4 submission\\(s\\), out of \\d+ points: mean [\\d.]+, median [\\d.]+, "
                + "quartiles [\\d.]+ and [\\d.]+, lowest 0, highest \\d+ \\(1 compile_error, 2 graded, 1 refused\\)");
        String histogram = html.substring(html.indexOf("<svg id=\"histogram\""), html.indexOf("</svg>", html.indexOf("<svg id=\"histogram\"")));
        assertThat(histogram).contains("class=\"axes\"", "score, % of the maximum", ">submissions</text>",
                "class=\"legend\"", ">median</text>", ">quartiles</text>");
        assertThat(count(histogram, "class=\"quartile\"")).isEqualTo(3);

        // a view per lesson
        assertThat(html).contains("<table id=\"lessons\">");
        assertThat(count(html.substring(html.indexOf("<table id=\"lessons\">")), "<tr><td>L0")).isGreaterThanOrEqualTo(8);

        // refused and compile-error rows stand out
        String table = html.substring(html.indexOf("<table id=\"submissions\">"));
        assertThat(count(table.substring(0, table.indexOf("</table>")), "<tr class=\"ungraded\">")).isEqualTo(2);
        assertThat(table).contains("<span class=\"badge\">refused</span>", "<span class=\"badge\">compile_error</span>");

        // a submission of stubs: one row per distinct message, with how many checks gave it
        String stubDetails = html.substring(html.indexOf("<section class=\"submission\" id=\"s-stubs\""));
        stubDetails = stubDetails.substring(0, stubDetails.indexOf("</section>"));
        long problems = stubs.tests().stream().filter(t -> t.status() != TestStatus.PASSED && t.status() != TestStatus.NOT_RUN)
                .count();
        long notImplemented = stubs.tests().stream().filter(t -> t.status() == TestStatus.ERROR
                && t.message().contains(" threw UnsupportedOperationException: not implemented yet")).count();
        assertThat(notImplemented).as("the starter's methods all throw").isGreaterThan(100);
        assertThat(count(stubDetails, "<tr><td>")).as("rows").isLessThan((int) problems / 10);
        assertThat(stubDetails).contains("<b>&times;" + notImplemented + "</b>").contains(" more");

        // a function's plot: axes with their ranges, and a legend
        String plot = html.substring(html.indexOf("<svg class=\"curve\""));
        plot = plot.substring(0, plot.indexOf("</svg>"));
        assertThat(plot).contains("class=\"axes\"", "class=\"ticks\"", ">x</text>", ">expected</text>", ">yours</text>");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theStudentsMarkdownCountsHiddenChecksWithoutNamingThem() throws Exception {
        Scorecard card = grade("sample-factor-two");
        TestResult hiddenFailure = test(card, "L01.sigmoid.derivativeAtRandomPoints");
        assertThat(hiddenFailure.visibility()).isEqualTo(Visibility.HIDDEN);
        String student = new MarkdownReport(false).toMarkdown(card);
        assertThat(student).contains("# sample-factor-two: 47 / " + MAX + " points", "### sigmoid: 5 / 12",
                "3 hidden check(s): 2 passed, 1 did not");
        assertThat(student).doesNotContain(hiddenFailure.name()).contains("S' at x = 0: expected 0.25");
        String instructor = new MarkdownReport(true).toMarkdown(card);
        assertThat(instructor).contains(hiddenFailure.name()).doesNotContain("hidden check(s)");
        Files.writeString(dir.resolve("a.md"), student);
    }

    @Test
    void theTerminalReportIsTheStudentsViewInColourOnlyWhenAsked() throws Exception {
        Scorecard card = grade("sample-factor-two");
        TestResult hiddenFailure = test(card, "L01.sigmoid.derivativeAtRandomPoints");
        String plain = new TerminalReport(false, false).render(card);
        assertThat(plain).doesNotContain("\033[").doesNotContain(hiddenFailure.name());
        assertThat(plain).contains("sample-factor-two: 47 / " + MAX + " points (graded)", "3 hidden check(s): 2 passed, 1 did not",
                "S' at x = 0: expected 0.25");
        assertThat(plain).containsPattern("(?m)^  sigmoid +5/12$");
        assertThat(plain).containsPattern("(?m)^  cubic-derivative +\\d+/\\d+  all passed$");
        assertThat(plain).containsPattern("(?m)^    FAIL    .+$");
        String colour = new TerminalReport(false, true).render(card);
        assertThat(colour).contains("\033[31;1mFAIL   \033[0m");
        assertThat(colour.replaceAll("\033\\[[0-9;]*m", "")).isEqualTo(plain);
        assertThat(new TerminalReport(true, false).render(card)).contains(hiddenFailure.name());
    }

    @Test
    void theStepSummaryTablesTheVerdictsAndShowsNoHiddenCheck() throws Exception {
        Scorecard partial = grade("sample-factor-two");
        Scorecard broken = grade("sample-compile-error");
        String md = new tangent.grader.ci.StepSummary(tangent.grader.ci.PassPolicy.parse("min-score=50"))
                .toMarkdown(List.of(partial, broken));
        assertThat(md).startsWith("## Tangent: 2 submissions graded, 2 failing (policy `min-score=50`)");
        String share = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * 47 / TheCourse.maxScore());
        assertThat(md).contains("| sample-factor-two | graded | 47 / " + MAX + " | **fail**: it earns " + share + " of the points, "
                + "below the 50% required |", "| sample-compile-error | compile_error | 0 / " + MAX
                + " | **fail**: it does not compile |", "## sample-factor-two: 47 / " + MAX + " points",
                "3 hidden check(s): 2 passed, 1 did not");
        assertThat(md).doesNotContain(test(partial, "L01.sigmoid.derivativeAtRandomPoints").name());
    }
}
