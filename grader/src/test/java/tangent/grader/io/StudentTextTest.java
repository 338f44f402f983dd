package tangent.grader.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Student text is capped and made inert before any report shows it. */
class StudentTextTest {

    @Test
    void longTextIsCappedWithANoteAndNeverCutInsideACharacter() {
        int cut = StudentText.LIMIT - 48;
        String text = "a".repeat(cut - 1) + "\uD83D\uDE00" + "b".repeat(100);
        String capped = StudentText.cap(text);
        assertThat(capped).startsWith("a".repeat(cut - 1)).contains("more characters not kept")
                .doesNotContain("\uD83D").hasSizeLessThanOrEqualTo(StudentText.LIMIT);
        assertThat(StudentText.cap(capped)).as("capping twice changes nothing").isEqualTo(capped);
        assertThat(StudentText.cap("x".repeat(10 * StudentText.LIMIT))).hasSizeLessThanOrEqualTo(StudentText.LIMIT);
        assertThat(StudentText.cap("short")).isEqualTo("short");
    }

    @Test
    void controlCharactersBecomeVisibleEscapesAndXmlStaysValid() {
        assertThat(StudentText.clean("\u001b[2J54 / 54\u0000 ok\nnext\tline")).isEqualTo("\\u001b[2J54 / 54\\u0000 ok\nnext\tline");
        assertThat(StudentText.clean("lone \uD800 surrogate \uFFFF")).isEqualTo("lone \uFFFD surrogate \uFFFD");
        assertThat(StudentText.clean("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
        assertThat(StudentText.clean("\u0085\u2028")).isEqualTo("\\u0085\\u2028");
    }

    @Test
    void aCellASpreadsheetWouldRunIsMadeText() {
        assertThat(StudentText.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        for (String start : new String[] {"+", "-", "@", "\t", "\r"}) {
            assertThat(StudentText.cell(start + "1")).startsWith("'");
        }
        assertThat(StudentText.cell("alice")).isEqualTo("alice");
    }
}
