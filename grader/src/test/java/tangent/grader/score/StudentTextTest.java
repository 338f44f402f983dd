package tangent.grader.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Student text is capped and made inert before any report shows it. */
class StudentTextTest {

    @Test
    void longTextIsCappedWithANoteAndNeverCutInsideACharacter() {
        String text = "a".repeat(StudentText.LIMIT - 1) + "\uD83D\uDE00" + "b".repeat(100);
        String capped = StudentText.cap(text);
        assertThat(capped).startsWith("a".repeat(StudentText.LIMIT - 1)).contains("more characters not kept");
        assertThat(capped.charAt(StudentText.LIMIT - 1)).isNotEqualTo('\uD83D');
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
