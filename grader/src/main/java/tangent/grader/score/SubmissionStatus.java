package tangent.grader.score;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How grading a submission as a whole went. */
public enum SubmissionStatus {
    /** Tests ran; the score says how well. */
    GRADED,
    /** The sources did not compile; no test ran. */
    COMPILE_ERROR,
    /**
     * It compiled, but its bytecode uses something submissions may not (files, network, threads,
     * reflection, System.exit...); no test ran, and {@code violations} says what and where.
     */
    REFUSED,
    /**
     * The folder holds no Java sources (it is empty, holds other files only, or cannot be read);
     * no test ran, and the message says what was found. Still a scorecard and a gradebook row.
     */
    NO_SOURCES,
    /** It compiled, but no class implements any exercise interface; no test ran. */
    NO_IMPLEMENTATION,
    /** The grader could not finish (its workers kept dying outside any test); see the message. */
    CRASHED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
