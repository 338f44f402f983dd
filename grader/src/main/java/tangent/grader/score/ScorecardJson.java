package tangent.grader.score;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.FileTrouble;
import tangent.grader.io.Json;

/** Scorecards to and from JSON files. Writes go through a temporary file, so a crash never leaves half a file. */
public final class ScorecardJson {

    private final ObjectMapper mapper = Json.FILES;

    public void write(Scorecard scorecard, Path file) throws IOException {
        AtomicFile.write(file, mapper.writeValueAsBytes(scorecard));
    }

    public Scorecard read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), Scorecard.class);
    }

    /**
     * The scorecards among a folder's {@code *.json} files, by file, in name order; Gradescope's
     * results and Tangent's other outputs (similarity.json) are passed over, and every other file
     * that is not a readable scorecard is passed over too, with why, in {@code unreadable}, so a
     * caller can say which submissions a gradebook lacks.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public Map<Path, Scorecard> readFolder(Path folder, Map<Path, String> unreadable) throws IOException {
        Map<Path, Scorecard> cards = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String problem;
            try {
                Scorecard card = read(file);
                problem = notAScorecard(card);
                if (problem == null) {
                    cards.put(file, card);
                }
            } catch (IOException | RuntimeException e) {
                problem = whyUnreadable(file, e);
            }
            if (problem != null && !anotherOutput(file)
                    && !file.getFileName().toString().endsWith(".gradescope.json")) { // Gradescope's results
                unreadable.put(file, problem);
            }
        }
        return cards;
    }

    /**
     * Whether a file is one of Tangent's own other outputs (similarity.json, say), written beside
     * the scorecards with a {@code tangent-} schema of its own: passed over, not reported.
     */
    private boolean anotherOutput(Path file) {
        try {
            String schema = mapper.readTree(file.toFile()).path("schema").asText("");
            // a scorecard of another version is a scorecard, to be reported: only other kinds are passed over
            return schema.startsWith(OWN_SCHEMAS) && !schema.startsWith(SCORECARD_SCHEMAS);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The prefix of the schemas of Tangent's JSON outputs, and of its scorecards' of any version. */
    private static final String OWN_SCHEMAS = "tangent-";
    private static final String SCORECARD_SCHEMAS = "tangent-scorecard";

    /**
     * The first submission that has two scorecards among these, as "submission X has scorecards in
     * two places (A and B)"; null when each has one. A copy of a scorecard left in a folder would
     * otherwise stand for its submission, or beside it.
     */
    public static String twoForOne(Collection<Map.Entry<Path, Scorecard>> cards) {
        Map<String, Path> from = new HashMap<>();
        for (Map.Entry<Path, Scorecard> entry : cards) {
            if (entry.getValue() == null || entry.getValue().submission() == null) {
                continue;
            }
            Path earlier = from.put(entry.getValue().submission().id(), entry.getKey());
            if (earlier != null) {
                return "submission " + entry.getValue().submission().id() + " has scorecards in two places (" + earlier
                        + " and " + entry.getKey() + ")";
            }
        }
        return null;
    }

    /** Why a card read from JSON is not a scorecard; null when it is one. */
    private static String notAScorecard(Scorecard card) {
        if (card == null) {
            return "it holds JSON null, not a scorecard";
        }
        if (card.schema() == null) {
            return "it has no \"schema\" field, so it is not a scorecard";
        }
        if (!Scorecard.SCHEMA.equals(card.schema())) {
            return "its schema is " + card.schema() + ", not " + Scorecard.SCHEMA;
        }
        if (card.submission() == null || card.submission().id() == null) {
            return "it names no submission (no \"submission\" with an \"id\")";
        }
        if (card.tests() == null) {
            return "it has no \"tests\" field";
        }
        return null;
    }

    /** Why reading {@code file} failed, in words and on one line. */
    private static String whyUnreadable(Path file, Exception e) {
        if (Files.isDirectory(file)) {
            return "it is a folder, not a file";
        }
        if (e instanceof JsonMappingException m) {
            return "it is JSON but not a scorecard: " + firstLine(m.getOriginalMessage()) + at(m.getLocation());
        }
        if (e instanceof JsonProcessingException p) {
            return "it is not valid JSON: " + firstLine(p.getOriginalMessage()) + at(p.getLocation());
        }
        if (e instanceof IOException io) {
            return FileTrouble.describe(io);
        }
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unreadable";
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    public String toJson(Scorecard scorecard) throws IOException {
        return mapper.writeValueAsString(scorecard);
    }
}
