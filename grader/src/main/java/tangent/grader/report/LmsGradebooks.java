package tangent.grader.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.StudentText;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;

/**
 * A batch's scores as learning-management systems import them, one row per roster student in
 * roster order (a student without a submission too, with an empty grade):
 * <ul>
 *   <li>{@code canvas.csv}, Canvas' gradebook import: {@code Student}, {@code ID},
 *       {@code SIS User ID}, {@code SIS Login ID}, {@code Section}, then one column for the
 *       assignment, and a {@code Points Possible} row first;</li>
 *   <li>{@code moodle.csv}, for Moodle's CSV grade import: the identity columns the roster has
 *       ({@code email}, {@code username}, {@code idnumber}; the import maps one of them to users)
 *       and one grade column.</li>
 * </ul>
 * Submissions whose id is not in the roster have no row: the caller names them.
 */
public final class LmsGradebooks {

    private final Roster roster;
    private final String assignment;

    /** @param assignment the grade column's header, as the LMS names the assignment */
    public LmsGradebooks(Roster roster, String assignment) {
        this.roster = roster;
        this.assignment = assignment;
    }

    /** Roster students with no scorecard, by id. */
    public List<String> withoutSubmission(List<Scorecard> cards) {
        Map<String, Scorecard> byId = byId(cards);
        return roster.students().stream().map(Roster.Student::id).filter(id -> !byId.containsKey(id)).toList();
    }

    /** Scorecards whose id no roster student has. */
    public List<String> notInRoster(List<Scorecard> cards) {
        return cards.stream().map(c -> c.submission().id()).filter(id -> roster.byId(id).isEmpty()).sorted().toList();
    }

    /** Why Canvas could not match this roster's students, or null when it can. */
    public String canvasCannotMatch() {
        return roster.has(Roster.Student::lmsId) || roster.has(Roster.Student::sisId) || roster.has(Roster.Student::login)
                ? null : "Canvas matches students by ID, SIS User ID or SIS Login ID: give the roster an lms_id, sis_id "
                        + "or login column";
    }

    /** Why Moodle could not match this roster's students, or null when it can. */
    public String moodleCannotMatch() {
        return roster.has(Roster.Student::email) || roster.has(Roster.Student::login) || roster.has(Roster.Student::sisId)
                ? null : "Moodle matches students by email address, username or ID number: give the roster an email, "
                        + "login or sis_id column";
    }

    public String canvas(List<Scorecard> cards) throws IOException {
        Map<String, Scorecard> byId = byId(cards);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("Student", "ID", "SIS User ID",
                "SIS Login ID", "Section", cell(assignment)).build())) {
            csv.printRecord("Points Possible", "", "", "", "", points(cards));
            for (Roster.Student s : roster.students()) {
                csv.printRecord(cell(s.name()), cell(s.lmsId()), cell(s.sisId()), cell(s.login()), cell(s.section()),
                        grade(byId.get(s.id())));
            }
        }
        return out.toString();
    }

    public String moodle(List<Scorecard> cards) throws IOException {
        Map<String, Scorecard> byId = byId(cards);
        Map<String, Function<Roster.Student, String>> identities = new LinkedHashMap<>();
        if (roster.has(Roster.Student::email)) {
            identities.put("email", Roster.Student::email);
        }
        if (roster.has(Roster.Student::login)) {
            identities.put("username", Roster.Student::login);
        }
        if (roster.has(Roster.Student::sisId)) {
            identities.put("idnumber", Roster.Student::sisId);
        }
        List<String> header = new ArrayList<>(identities.keySet());
        header.add(cell(assignment));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .build())) {
            for (Roster.Student s : roster.students()) {
                List<String> row = new ArrayList<>();
                identities.values().forEach(field -> row.add(cell(field.apply(s))));
                row.add(grade(byId.get(s.id())));
                csv.printRecord(row);
            }
        }
        return out.toString();
    }

    public void writeCanvas(List<Scorecard> cards, Path file) throws IOException {
        AtomicFile.write(file, canvas(cards));
    }

    public void writeMoodle(List<Scorecard> cards, Path file) throws IOException {
        AtomicFile.write(file, moodle(cards));
    }

    private static Map<String, Scorecard> byId(List<Scorecard> cards) {
        Map<String, Scorecard> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.submission().id(), c));
        return byId;
    }

    /** The most any scorecard could score (one run: the same for all). */
    private static String points(List<Scorecard> cards) {
        return Points.show(cards.stream().mapToDouble(Scorecard::maxScore).max().orElse(0));
    }

    /** A scorecard's score; empty for no submission, so the LMS leaves the grade as it was. */
    private static String grade(Scorecard card) {
        return card == null ? "" : Points.show(card.score());
    }


    /** Roster text is the instructor's, but it often comes from students' own entries: never a formula. */
    private static String cell(String text) {
        return StudentText.cell(StudentText.clean(text));
    }
}
