package tangent.grader.report;

import java.util.Locale;

/** The outputs {@code tangent grade --format} can write. */
public enum ReportFormat {
    /** The native scorecard, {@code <id>.json}. */
    JSON,
    /** Gradescope's results.json, {@code <id>.gradescope.json}. */
    GRADESCOPE,
    /** JUnit XML, {@code <id>.junit.xml}. */
    JUNIT,
    /** A Markdown report for the student, {@code <id>.md}. */
    MARKDOWN,
    /** The batch's gradebook, {@code gradebook.csv}. */
    CSV,
    /** The student's page {@code <id>.html}, and the instructor's overview of the batch, {@code report.html}. */
    HTML,
    /** Canvas' gradebook import, {@code canvas.csv} for the batch (needs a roster). */
    CANVAS,
    /** Moodle's CSV grade import, {@code moodle.csv} for the batch (needs a roster). */
    MOODLE,
    /** Which submissions of the batch are alike: {@code similarity.csv}, {@code jplag.zip}, {@code similarity.json}. */
    SIMILARITY;

    /** Whether this is written once for the batch from every scorecard, not once per submission. */
    public boolean batch() {
        return this == CSV || this == HTML || this == CANVAS || this == MOODLE || this == SIMILARITY;
    }

    /** The format named on the command line, case-insensitively. */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format " + name + "; use json, gradescope, junit, markdown, csv, html, canvas, moodle, similarity");
        }
    }
}
