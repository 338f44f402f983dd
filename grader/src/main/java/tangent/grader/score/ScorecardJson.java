package tangent.grader.score;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

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

    /**
     * The scorecards among a folder's {@code *.json} files, by file, in name order; other JSON
     * files (Gradescope's results, anything unreadable or of another schema) are passed over.
     */
    public Map<Path, Scorecard> readFolder(Path folder) throws IOException {
        Map<Path, Scorecard> cards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().endsWith(".gradescope.json")).sorted().toList()) {
                try {
                    Scorecard card = read(file);
                    if (Scorecard.SCHEMA.equals(card.schema()) && card.submission() != null) {
                        cards.put(file, card);
                    }
                } catch (IOException | RuntimeException e) {
                    // not a scorecard
                }
            }
        }
        return cards;
    }

    public String toJson(Scorecard scorecard) throws IOException {
        return mapper.writeValueAsString(scorecard);
    }
}
