package tangent.grader.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.StudentText;
import tangent.grader.regrade.Regrade;
import tangent.grader.regrade.Regrade.Direction;
import tangent.grader.regrade.Regrade.StudentChange;
import tangent.grader.regrade.Regrade.TestChange;
import tangent.grader.score.Points;
import tangent.grader.score.TestStatus;

/**
 * A regrade's differences for the instructor: {@code diff.md} (the summary, a table of the
 * submissions whose score or tests changed, and per submission each changed test with both
 * messages), {@code diff.csv} (one row per submission, those graded by one run only included) and {@code diff-tests.csv} (one
 * row per changed test). Hidden tests are named and their messages shown: this is not for students.
 */
public final class RegradeReport {

    public static final String MARKDOWN = "diff.md";
    public static final String STUDENTS_CSV = "diff.csv";
    public static final String TESTS_CSV = "diff-tests.csv";

    private final String before;
    private final String after;

    /** @param before what to call the first run (its folder), and {@code after} the second */
    public RegradeReport(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /** One line: "36 submissions in both runs: 3 up, 2 down, 31 unchanged". */
    public static String summary(Regrade regrade) {
        return regrade.students().size() + " submission(s) in both runs: " + regrade.count(Direction.UP) + " up, "
                + regrade.count(Direction.DOWN) + " down, " + regrade.count(Direction.UNCHANGED) + " unchanged";
    }

    public String toMarkdown(Regrade regrade) {
        StringBuilder md = new StringBuilder();
        md.append("# Regrade: ").append(MarkdownReport.escape(before)).append(" to ").append(MarkdownReport.escape(after))
                .append("\n\n").append(summary(regrade)).append(".");
        List<StudentChange> testsChanged = regrade.students().stream()
                .filter(s -> s.direction() == Direction.UNCHANGED && !s.tests().isEmpty()).toList();
        if (!testsChanged.isEmpty()) {
            md.append(" Of the unchanged, ").append(testsChanged.size()).append(" had tests change without their score changing.");
        }
        md.append("\n\n");
        if (!regrade.onlyBefore().isEmpty()) {
            md.append("Only in the first run: ").append(MarkdownReport.escape(ids(regrade.onlyBefore()))).append(".\n\n");
        }
        if (!regrade.onlyAfter().isEmpty()) {
            md.append("Only in the second run: ").append(MarkdownReport.escape(ids(regrade.onlyAfter()))).append(".\n\n");
        }
        md.append(regrade.runChanges().isEmpty() ? "The two runs used the same grader, suites and maximum score.\n\n"
                : "What changed between the runs: " + MarkdownReport.escape(String.join("; ",
                        regrade.runChanges().stream().map(d -> d.what() + " " + d.ours() + " to " + d.theirs()).toList()))
                        + ".\n\n");
        regrade.incomparable().forEach(why -> md.append("**Not comparable** (compared anyway, --allow-mixed): ")
                .append(MarkdownReport.escape(why)).append(".\n\n"));
        List<StudentChange> changed = regrade.students().stream().filter(s -> !s.tests().isEmpty()
                || s.direction() != Direction.UNCHANGED).toList();
        if (changed.isEmpty()) {
            md.append("No submission's score or tests changed.\n");
            return md.toString();
        }
        md.append("| submission | before | after | change | tests changed | sources |\n|---|---:|---:|---:|---:|---|\n");
        for (StudentChange s : changed) {
            md.append("| ").append(MarkdownReport.escape(s.id())).append(" | ").append(Points.show(s.scoreBefore())).append(" / ")
                    .append(Points.show(s.maxBefore())).append(" | ").append(Points.show(s.scoreAfter())).append(" / ")
                    .append(Points.show(s.maxAfter())).append(" | ").append(signed(s.change())).append(" | ")
                    .append(s.tests().size()).append(" | ").append(s.sourcesChanged() ? "changed" : "same").append(" |\n");
        }
        for (StudentChange s : changed) {
            md.append("\n## ").append(MarkdownReport.escape(s.id())).append(": ").append(Points.show(s.scoreBefore()))
                    .append(" to ").append(Points.show(s.scoreAfter())).append(" (").append(signed(s.change())).append(")\n\n");
            if (!s.statusBefore().equals(s.statusAfter())) {
                md.append("Its status was ").append(s.statusBefore()).append(" before and is ").append(s.statusAfter())
                        .append(" now.\n\n");
            }
            if (s.sourcesChanged()) {
                md.append("Its sources changed between the runs: some of this is the student's, not the suites'.\n\n");
            }
            String previousBefore = null;
            String previousAfter = null;
            for (TestChange t : s.tests()) {
                md.append("- `").append(t.id().replace("`", "'")).append("` ").append(MarkdownReport.escape(t.name() == null ? "" : t.name()))
                        .append(": ").append(status(t.statusBefore())).append(" (").append(Points.show(t.pointsBefore()))
                        .append(") to ").append(status(t.statusAfter())).append(" (").append(Points.show(t.pointsAfter()))
                        .append(")\n");
                // one reason for many tests (a compile error stops them all) is said once, then "the same"
                if (t.statusBefore() != null && t.statusBefore() != TestStatus.PASSED) {
                    String message = nonEmpty(t.messageBefore());
                    md.append("  - before: ").append(message.equals(previousBefore) ? "(the same as above)"
                            : MarkdownReport.escape(message)).append('\n');
                    previousBefore = message;
                }
                if (t.statusAfter() != null && t.statusAfter() != TestStatus.PASSED) {
                    String message = nonEmpty(t.messageAfter());
                    md.append("  - after: ").append(message.equals(previousAfter) ? "(the same as above)"
                            : MarkdownReport.escape(message)).append('\n');
                    previousAfter = message;
                }
            }
        }
        return md.toString();
    }

    private static String ids(List<Regrade.OneRun> runs) {
        return String.join(", ", runs.stream().map(Regrade.OneRun::id).toList());
    }

    /**
     * One row per submission: those in both runs, then those only one run graded, with the other
     * side's cells empty (a student who vanished from a regrade stays in the spreadsheet).
     */
    public String studentsCsv(Regrade regrade) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "score_before", "score_after",
                "change", "max_before", "max_after", "status_before", "status_after", "tests_changed", "sources_changed")
                .build())) {
            for (StudentChange s : regrade.students()) {
                csv.printRecord(StudentText.cell(StudentText.clean(s.id())), Points.show(s.scoreBefore()),
                        Points.show(s.scoreAfter()), Points.show(s.change()), Points.show(s.maxBefore()),
                        Points.show(s.maxAfter()), s.statusBefore(), s.statusAfter(), s.tests().size(), s.sourcesChanged());
            }
            for (Regrade.OneRun r : regrade.onlyBefore()) {
                csv.printRecord(StudentText.cell(StudentText.clean(r.id())), Points.show(r.score()), "", "",
                        Points.show(r.maxScore()), "", r.status(), "absent", "", "");
            }
            for (Regrade.OneRun r : regrade.onlyAfter()) {
                csv.printRecord(StudentText.cell(StudentText.clean(r.id())), "", Points.show(r.score()), "", "",
                        Points.show(r.maxScore()), "absent", r.status(), "", "");
            }
        }
        return out.toString();
    }

    /** One row per changed test; an empty status means that run did not have the test. */
    public String testsCsv(Regrade regrade) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "test", "status_before",
                "status_after", "points_before", "points_after", "message_before", "message_after").build())) {
            for (StudentChange s : regrade.students()) {
                for (TestChange t : s.tests()) {
                    csv.printRecord(StudentText.cell(StudentText.clean(s.id())), t.id(),
                            t.statusBefore() == null ? "" : t.statusBefore().json(),
                            t.statusAfter() == null ? "" : t.statusAfter().json(), Points.show(t.pointsBefore()),
                            Points.show(t.pointsAfter()), StudentText.cell(nonNull(t.messageBefore())),
                            StudentText.cell(nonNull(t.messageAfter())));
                }
            }
        }
        return out.toString();
    }

    /** The three files in {@code folder}. */
    public void write(Regrade regrade, Path folder) throws IOException {
        AtomicFile.write(folder.resolve(MARKDOWN), toMarkdown(regrade));
        AtomicFile.write(folder.resolve(STUDENTS_CSV), studentsCsv(regrade));
        AtomicFile.write(folder.resolve(TESTS_CSV), testsCsv(regrade));
    }

    static String signed(double change) {
        return (change > 0 ? "+" : "") + Points.show(change);
    }

    private static String status(TestStatus status) {
        return status == null ? "absent" : status.json();
    }

    private static String nonEmpty(String message) {
        return message == null || message.isBlank() ? "(no message)" : message;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
