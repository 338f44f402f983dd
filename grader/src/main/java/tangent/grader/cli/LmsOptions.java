package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import tangent.grader.io.FileTrouble;
import tangent.grader.report.LmsGradebooks;
import tangent.grader.report.ReportFormat;
import tangent.grader.report.Roster;
import tangent.grader.score.Scorecard;

/** {@code --roster} and {@code --assignment}, shared by grade and merge, and the LMS gradebooks they write. */
final class LmsOptions {

    @Option(names = "--roster", paramLabel = "FILE",
            description = "CSV of the students (header: id, the submission folder's name, and any of name, email, "
                    + "login, sis_id, lms_id, section): canvas.csv and moodle.csv get a row per roster student, one "
                    + "without a submission too; submissions not in it are named in a warning.")
    private Path roster;

    @Option(names = "--assignment", paramLabel = "NAME", defaultValue = "Tangent",
            description = "The grade column's header in canvas.csv and moodle.csv: the assignment's name, for Canvas "
                    + "as its export writes it, e.g. \"Homework 3 (12345)\", to fill an existing one (default: "
                    + "${DEFAULT-VALUE}, a new assignment).")
    private String assignment;

    private LmsGradebooks gradebooks;

    /** Reads the roster before anything is graded: a usage error when it is missing, unreadable or wrong. */
    void prepare(Set<ReportFormat> formats, CommandLine cli) {
        boolean wanted = formats.contains(ReportFormat.CANVAS) || formats.contains(ReportFormat.MOODLE);
        if (wanted && roster == null) {
            throw new CommandLine.ParameterException(cli, "--format canvas and moodle need --roster FILE: a CSV with "
                    + "an id column (each submission folder's name) and what the LMS knows each student by");
        }
        if (roster == null) {
            return;
        }
        try {
            gradebooks = new LmsGradebooks(Roster.read(roster), assignment);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cli, "--roster: cannot read " + roster + ": "
                    + FileTrouble.describe(e));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--roster: " + e.getMessage());
        }
        String cannot = formats.contains(ReportFormat.CANVAS) ? gradebooks.canvasCannotMatch() : null;
        cannot = cannot == null && formats.contains(ReportFormat.MOODLE) ? gradebooks.moodleCannotMatch() : cannot;
        if (cannot != null) {
            throw new CommandLine.ParameterException(cli, "--roster " + roster + ": " + cannot);
        }
    }

    /** Writes the LMS gradebooks asked for, and says whose row is empty or missing; 1 when a file failed. */
    int write(List<Scorecard> cards, Path out, Set<ReportFormat> formats, PrintWriter stderr) {
        if (gradebooks == null || !(formats.contains(ReportFormat.CANVAS) || formats.contains(ReportFormat.MOODLE))) {
            return 0;
        }
        List<String> missing = gradebooks.withoutSubmission(cards);
        if (!missing.isEmpty()) {
            stderr.println("warning: " + missing.size() + " roster student(s) have no scorecard, so an empty grade: "
                    + shown(missing));
        }
        List<String> strangers = gradebooks.notInRoster(cards);
        if (!strangers.isEmpty()) {
            stderr.println("warning: " + strangers.size() + " submission(s) are not in " + roster + ", so not in the "
                    + "LMS gradebooks: " + shown(strangers) + ". Add them to the roster, or rename their folders to "
                    + "the roster's ids.");
        }
        try {
            if (formats.contains(ReportFormat.CANVAS)) {
                gradebooks.writeCanvas(cards, out.resolve("canvas.csv"));
            }
            if (formats.contains(ReportFormat.MOODLE)) {
                gradebooks.writeMoodle(cards, out.resolve("moodle.csv"));
            }
            return 0;
        } catch (IOException e) {
            stderr.println("tangent: cannot write the LMS gradebooks in " + out + ": " + FileTrouble.describe(e));
            return 1;
        }
    }

    private static String shown(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(10, ids.size())))
                + (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "");
    }
}
