package tangent.grader.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Vectors and matrices of formulas written as text, {@code {2*x, 3*y^2}} and
 * {@code {{2*y, 2*x}, {2*x*y, x^2}}}, split into their entries at top-level commas (commas inside
 * parentheses belong to a function, as in {@code log(2, x)}).
 */
public final class ListSyntax {

    private ListSyntax() {
    }

    /** Whether the text is a list, {@code {...}}. */
    public static boolean isList(String text) {
        String t = text.strip();
        return t.startsWith("{") && t.endsWith("}");
    }

    /** Whether the text is a list of lists. */
    public static boolean isMatrix(String text) {
        return isList(text) && inside(text).strip().startsWith("{");
    }

    /** The entries of {@code {a, b, ...}}. */
    public static String[] vector(String text) throws InvalidAnswer {
        if (!isList(text)) {
            throw new InvalidAnswer("a vector is written {a, b, ...}, got " + text.strip());
        }
        String body = inside(text);
        return body.isBlank() ? new String[0] : split(body).toArray(String[]::new);
    }

    /** The rows of {@code {{a, b}, {c, d}}}. */
    public static String[][] matrix(String text) throws InvalidAnswer {
        String[] rows = vector(text);
        String[][] matrix = new String[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            matrix[r] = vector(rows[r]);
        }
        return matrix;
    }

    private static String inside(String text) {
        String t = text.strip();
        return t.substring(1, t.length() - 1);
    }

    private static List<String> split(String body) throws InvalidAnswer {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
                if (depth < 0) {
                    throw new InvalidAnswer("unbalanced brackets in " + body.strip());
                }
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new InvalidAnswer("unbalanced brackets in " + body.strip());
        }
        parts.add(body.substring(start).strip());
        return parts;
    }
}
