package tangent.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;

/**
 * Canvas' and Moodle's imports, by their column rules: Canvas wants Student, ID, SIS User ID, SIS
 * Login ID, Section, then one column per assignment (a Points Possible row may follow the header);
 * Moodle maps one identity column (email, username, ID number) and grade columns.
 */
class LmsGradebooksTest {

    @TempDir
    Path dir;

    private static Scorecard card(String id, double score) {
        return new Scorecard(Scorecard.SCHEMA, new Scorecard.SubmissionInfo(id, id, ""), null, 1, SubmissionStatus.GRADED,
                score, 410, 0, "", null, null, null, List.of());
    }

    private Roster roster(String csv) throws Exception {
        return Roster.read(Files.writeString(dir.resolve("roster.csv"), csv));
    }

    private static List<CSVRecord> rows(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void canvasGetsItsFiveIdentityColumnsThenTheAssignmentARowPerRosterStudentInRosterOrder() throws Exception {
        Roster roster = roster("id,name,lms_id,sis_id,login,section,email\n"
                + "ada,\"Lovelace, Ada\",101,S1,ada1,A,ada@x.org\nbob,Bob,102,S2,bob2,B,bob@x.org\n"
                + "carol,Carol,103,S3,carol3,A,carol@x.org\n");
        LmsGradebooks lms = new LmsGradebooks(roster, "Homework 3 (12345)");
        List<Scorecard> cards = List.of(card("carol", 300.5), card("ada", 410), card("zed", 12));
        List<CSVRecord> rows = rows(lms.canvas(cards));
        assertThat(rows.get(0).toList()).containsExactly("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                "Homework 3 (12345)");
        assertThat(rows.get(1).toList()).containsExactly("Points Possible", "", "", "", "", "410");
        assertThat(rows.get(2).toList()).containsExactly("Lovelace, Ada", "101", "S1", "ada1", "A", "410");
        assertThat(rows.get(3).toList()).as("no submission: an empty grade, which Canvas leaves as it was")
                .containsExactly("Bob", "102", "S2", "bob2", "B", "");
        assertThat(rows.get(4).toList()).containsExactly("Carol", "103", "S3", "carol3", "A", "300.50");
        assertThat(rows).hasSize(5);
        assertThat(lms.withoutSubmission(cards)).containsExactly("bob");
        assertThat(lms.notInRoster(cards)).containsExactly("zed");
    }

    @Test
    void moodleGetsTheIdentityColumnsTheRosterHasAndOneGradeColumn() throws Exception {
        LmsGradebooks lms = new LmsGradebooks(roster("id,email,section\nada,ada@x.org,A\nbob,bob@x.org,B\n"), "Tangent");
        List<CSVRecord> rows = rows(lms.moodle(List.of(card("ada", 54))));
        assertThat(rows.get(0).toList()).containsExactly("email", "Tangent");
        assertThat(rows.get(1).toList()).containsExactly("ada@x.org", "54");
        assertThat(rows.get(2).toList()).containsExactly("bob@x.org", "");
        assertThat(lms.moodleCannotMatch()).isNull();
        assertThat(lms.canvasCannotMatch()).contains("lms_id, sis_id or login");
    }

    @Test
    void aRosterWithoutWhatAnLmsMatchesByIsSaidSo() throws Exception {
        LmsGradebooks lms = new LmsGradebooks(roster("id,name\nada,Ada\n"), "Tangent");
        assertThat(lms.canvasCannotMatch()).startsWith("Canvas matches students by ID, SIS User ID or SIS Login ID");
        assertThat(lms.moodleCannotMatch()).startsWith("Moodle matches students by email address, username or ID number");
    }

    @Test
    void rosterTextThatASpreadsheetWouldRunStaysText() throws Exception {
        LmsGradebooks lms = new LmsGradebooks(roster("id,name,login\nada,=HYPERLINK(\"http://x\"),ada\n"), "Tangent");
        assertThat(rows(lms.canvas(List.of(card("ada", 1)))).get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void aBadRosterIsRefusedWithWhatIsWrongAndWhere() throws Exception {
        assertThatThrownBy(() -> roster("name,email\nAda,a@x\n")).hasMessageContaining("no id column");
        assertThatThrownBy(() -> roster("id,phone\nada,1\n")).hasMessageContaining("unknown column \"phone\"")
                .hasMessageContaining("name, email, login, sis_id, lms_id, section");
        assertThatThrownBy(() -> roster("id,name\nada,A\nbob,B\nada,C\n")).hasMessageContaining("line 4")
                .hasMessageContaining("the id ada is on line 2 already");
        assertThatThrownBy(() -> roster("id,name\n,A\n")).hasMessageContaining("line 2: the id is empty");
        assertThatThrownBy(() -> roster("id\n")).hasMessageContaining("no students");
        assertThatThrownBy(() -> roster("id,name\nada,\"unclosed\n")).hasMessageContaining("not a readable CSV file");
    }

    @Test
    void headersAreReadWhateverTheirCaseSpacingOrAByteOrderMark() throws Exception {
        Roster roster = roster("\uFEFFID, Name ,SIS ID,Email\nada,Ada,S1,a@x\n");
        assertThat(roster.students()).singleElement().isEqualTo(new Roster.Student("ada", "Ada", "a@x", "", "S1", "", ""));
    }
}
