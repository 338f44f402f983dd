package tangent.grader.ci;

import java.util.Locale;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;

/**
 * When a pull request's check passes. {@code none}: always (the scores are only reported);
 * {@code compiles}: unless a submission cannot be graded (does not compile, is refused by the
 * bytecode policy, implements no exercise, or its grading could not finish); {@code min-score=P}:
 * also unless every submission earns at least P percent of the points graded; {@code all-pass}:
 * every test passes.
 */
public record PassPolicy(String name, double minPercent, boolean gradableOnly) {

    public static final String HELP = "none, compiles, min-score=PERCENT or all-pass";

    /** Reads a policy as written on the command line. */
    public static PassPolicy parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return new PassPolicy("none", 0, false);
        }
        if (t.equals("compiles")) {
            return new PassPolicy("compiles", 0, true);
        }
        if (t.equals("all-pass")) {
            return new PassPolicy("all-pass", 100, true);
        }
        if (t.startsWith("min-score=")) {
            String number = t.substring("min-score=".length()).replace("%", "");
            double percent;
            try {
                percent = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("min-score needs a percentage, such as min-score=60, not '" + number + "'");
            }
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("min-score must be between 0 and 100, got " + number);
            }
            return new PassPolicy("min-score=" + number, percent, true);
        }
        throw new IllegalArgumentException("unknown policy '" + text + "': use " + HELP);
    }

    /** Why this scorecard fails the policy, or null when it passes. */
    public String failure(Scorecard card) {
        if (!gradableOnly) {
            return null;
        }
        if (card.status() != SubmissionStatus.GRADED) {
            return switch (card.status()) {
                case COMPILE_ERROR -> "it does not compile";
                case REFUSED -> "it uses what submissions may not";
                case NO_IMPLEMENTATION -> "it implements no exercise";
                case NO_SOURCES -> "it holds no Java sources";
                default -> "its grading could not finish (" + card.status().json() + ")";
            };
        }
        double percent = card.maxScore() == 0 ? 100 : 100 * card.score() / card.maxScore();
        if (percent + 1e-9 < minPercent) {
            return String.format(Locale.ROOT, "it earns %.1f%% of the points, below the %s%% required",
                    percent, trim(minPercent));
        }
        return null;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
