package tangent.grader.io;

/**
 * Text that came from a submission (exception messages, printed output, file and folder names) as
 * the grader keeps and shows it: capped, so one submission cannot fill the disk or the grader's
 * memory, and with control characters made visible, so it cannot draw on a terminal (ANSI escapes),
 * break an XML file (NUL) or hide a line. Every report passes student text through here.
 */
public final class StudentText {

    /** The most of one message or output a scorecard keeps, in characters. */
    public static final int LIMIT = 8 * 1024;

    private StudentText() {
    }

    /** At most {@link #LIMIT} characters, a note saying how many more there were included. */
    public static String cap(String text) {
        return cap(text, LIMIT);
    }

    /**
     * At most {@code limit} characters (at least 100), the note included, so capping what was
     * already capped (text that crossed a process boundary, say) changes nothing.
     */
    public static String cap(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = Math.max(limit, 100) - NOTE_ROOM;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        return text.substring(0, end) + " [... " + (text.length() - end) + " more characters not kept]";
    }

    /** Room for the note: " [... " and " more characters not kept]" around a count of up to 16 digits. */
    private static final int NOTE_ROOM = 48;

    /**
     * Control characters (other than newline and tab) written as visible escapes such as
     * {@code \u001b}, and the characters XML 1.0 cannot hold (lone surrogates, U+FFFE, U+FFFF)
     * replaced, so the text is safe in a terminal, XML, HTML and CSV alike.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\n' || c == '\t') {
                replacement = null;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                replacement = String.format("\\u%04x", (int) c);
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                replacement = "\uFFFD";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A CSV cell a spreadsheet would run as a formula (= + - @, or a tab or CR first) made inert. */
    public static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
