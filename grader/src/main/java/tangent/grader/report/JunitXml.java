package tangent.grader.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tangent.grader.io.AtomicFile;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;

/**
 * A scorecard as JUnit XML, the format CI test-report tools read: one {@code testsuite} per
 * lesson, one {@code testcase} per planned test ({@code classname} = submission.lesson.task),
 * {@code failure} for failed, {@code error} for error and timeout, {@code skipped} for not run,
 * each with the message; each suite's properties say which seed and grader made it. It keeps to
 * what Jenkins' xunit plugin accepts (its junit-10.xsd, restated in the tests' schemas folder):
 * {@code skipped} is counted per suite, since {@code testsuites} may not carry it, and a test case
 * has no {@code file}. GitLab's and GitHub's reporters read the same attributes. Written with the
 * JDK's StAX writer, which escapes for us; student text is cleaned before it gets here, so the
 * file stays valid XML.
 */
public final class JunitXml {

    public String toXml(Scorecard card) {
        Map<String, List<TestResult>> byLesson = card.tests().stream()
                .collect(Collectors.groupingBy(TestResult::lesson, LinkedHashMap::new, Collectors.toList()));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", card.submission().id());
            attributes(xml, card.tests(), card.durationMs(), false);
            for (Map.Entry<String, List<TestResult>> lesson : byLesson.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", card.submission().id() + "." + lesson.getKey());
                attributes(xml, lesson.getValue(), lesson.getValue().stream().mapToLong(TestResult::durationMs).sum(), true);
                properties(xml, card);
                for (TestResult t : lesson.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", card.submission().id() + "." + t.lesson() + "." + t.task());
                    xml.writeAttribute("name", t.id().substring(t.id().lastIndexOf('.') + 1) + ": " + t.name());
                    xml.writeAttribute("time", seconds(t.durationMs()));
                    switch (t.status()) {
                        case PASSED -> { }
                        case FAILED -> outcome(xml, "failure", "failed", t.message());
                        case ERROR, TIMEOUT -> outcome(xml, "error", t.status().json(), t.message());
                        case NOT_RUN -> outcome(xml, "skipped", "not_run", t.message());
                    }
                    if (!t.output().isEmpty()) {
                        xml.writeStartElement("system-out");
                        xml.writeCharacters(t.output());
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML for " + card.submission().id(), e);
        }
        return text.toString() + "\n";
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, toXml(card));
    }

    private static void attributes(XMLStreamWriter xml, List<TestResult> tests, long ms, boolean suite)
            throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tests.size()));
        xml.writeAttribute("failures", count(tests, "failed"));
        xml.writeAttribute("errors", Long.toString(tests.stream()
                .filter(t -> t.status().json().equals("error") || t.status().json().equals("timeout")).count()));
        if (suite) {
            xml.writeAttribute("skipped", count(tests, "not_run"));
        }
        xml.writeAttribute("time", seconds(ms));
    }

    /** What reproduces the suite's results: the seed, the grader's version and its suites' hash. */
    private static void properties(XMLStreamWriter xml, Scorecard card) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "seed", Long.toString(card.seed()));
        if (card.grader() != null) {
            property(xml, "grader.version", card.grader().version());
            property(xml, "grader.suites_sha256", card.grader().suitesSha256());
            property(xml, "grader.isolation", card.grader().isolation());
        }
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value == null ? "" : value);
    }

    private static String count(List<TestResult> tests, String status) {
        return Long.toString(tests.stream().filter(t -> t.status().json().equals(status)).count());
    }

    private static void outcome(XMLStreamWriter xml, String element, String type, String message) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("type", type);
        xml.writeAttribute("message", message);
        xml.writeCharacters(message);
        xml.writeEndElement();
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }
}
