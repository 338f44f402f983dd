package tangent.grader.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The grader's two JSON dialects, configured once (an {@link ObjectMapper} is thread-safe once
 * configured, and costly to build): {@link #LINES}, one compact object per line between the
 * grader's processes (worker events, compile jobs, the plan cache); and {@link #FILES}, the
 * snake_case, indented and forward-compatible files users read (scorecards, Gradescope results,
 * {@code tangent check}'s verdict).
 */
public final class Json {

    /** Between processes: Java's names, one line per value, unknown fields an error (both ends are this build). */
    public static final ObjectMapper LINES = new ObjectMapper();

    /** Files for people and other tools: snake_case, indented; fields a newer grader added are passed over. */
    public static final ObjectMapper FILES = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }
}
