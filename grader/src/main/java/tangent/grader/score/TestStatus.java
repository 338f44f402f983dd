package tangent.grader.score;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one planned test ended. */
public enum TestStatus {
    /** Every check held. */
    PASSED,
    /** A check did not hold: the answer is wrong. */
    FAILED,
    /** The submission's code threw, or could not be created or called. */
    ERROR,
    /** The test ran past its time limit and its worker was killed. */
    TIMEOUT,
    /** The test could not run (no implementation, no compile, budget used up); the reason says why. */
    NOT_RUN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
