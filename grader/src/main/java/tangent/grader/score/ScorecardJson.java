package tangent.grader.score;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Scorecards to and from JSON files. Writes go through a temporary file, so a crash never leaves half a file. */
public final class ScorecardJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public void write(Scorecard scorecard, Path file) throws IOException {
        AtomicFile.write(file, mapper.writeValueAsBytes(scorecard));
    }

    public Scorecard read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), Scorecard.class);
    }

    public String toJson(Scorecard scorecard) throws IOException {
        return mapper.writeValueAsString(scorecard);
    }
}
