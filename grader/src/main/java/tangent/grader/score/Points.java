package tangent.grader.score;

import java.util.Locale;

/** Points as people write them: whole numbers bare, fractions to two places. */
public final class Points {

    private Points() {
    }

    public static String show(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
