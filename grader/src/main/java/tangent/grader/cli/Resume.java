package tangent.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tangent.grader.intake.Handins;
import tangent.grader.intake.Intake;
import tangent.grader.intake.IntakeException;
import tangent.grader.score.RunKey;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;

/**
 * {@code --resume}: which scorecards already in --out stand for this run and are kept, and the
 * refusal to replace, without being told to, scorecards made for another run (another scope,
 * seed, grader or suites). Sources that changed are regraded: that is what resuming is for.
 */
final class Resume {

    private final Path out;
    private final ScorecardJson json;
    /** The readable scorecards in --out for the submissions of this run, by id. */
    private final Map<String, Scorecard> existing = new TreeMap<>();

    Resume(Path out, ScorecardJson json, List<Handins.Handin> handins) {
        this.out = out;
        this.json = json;
        for (Handins.Handin handin : handins) {
            Path file = out.resolve(handin.id() + ".json");
            if (Files.isRegularFile(file)) {
                try {
                    existing.put(handin.id(), json.read(file));
                } catch (IOException | RuntimeException e) {
                    // not a scorecard we can read: it is graded again
                }
            }
        }
    }

    /** The seed the scorecards in --out share, to continue their run; null when there are none. */
    Long seed() {
        Set<Long> seeds = new TreeSet<>();
        existing.values().forEach(card -> seeds.add(card.seed()));
        if (seeds.size() > 1) {
            throw new IllegalArgumentException("the scorecards in " + out + " were made with different seeds " + seeds
                    + "; say which run to continue with --seed");
        }
        return seeds.isEmpty() ? null : seeds.iterator().next();
    }

    /**
     * Refuses, unless {@code replace}, when a scorecard in --out was made for another run than
     * {@code run}: resuming would replace it by one that is not comparable.
     */
    void refuseOtherRuns(RunKey run, boolean replace) {
        if (replace) {
            return;
        }
        Map<String, List<String>> byDifference = new TreeMap<>();
        for (Map.Entry<String, Scorecard> entry : existing.entrySet()) {
            List<String> differences = run.compare(RunKey.of(entry.getValue())).stream()
                    .map(d -> d.what() + " " + d.theirs() + " (this run: " + d.ours() + ")").toList();
            if (!differences.isEmpty()) {
                byDifference.computeIfAbsent(String.join(", ", differences), k -> new ArrayList<>()).add(entry.getKey() + ".json");
            }
        }
        if (byDifference.isEmpty()) {
            return;
        }
        int count = byDifference.values().stream().mapToInt(List::size).sum();
        StringBuilder message = new StringBuilder("--resume: " + count + " scorecard(s) in " + out
                + " were made for another run than this one, and grading would replace them:");
        byDifference.forEach((difference, files) -> message.append(" ").append(files.size()).append(" with ")
                .append(difference).append(" (").append(String.join(", ", files.subList(0, Math.min(3, files.size()))))
                .append(files.size() > 3 ? ", ..." : "").append(");"));
        message.append(" grade into another --out folder, or add --replace to regrade and replace them.");
        throw new IllegalArgumentException(message.toString());
    }

    /** Whether the scorecard in --out is for these very sources and this very run. */
    boolean alreadyGraded(Handins.Handin handin, RunKey run) {
        Scorecard old = existing.get(handin.id());
        if (old == null || !RunKey.of(old).equals(run)) {
            return false;
        }
        try {
            return new Intake().read(handin.folder()).sha256().equals(old.submission().sha256());
        } catch (IntakeException | RuntimeException e) {
            return false; // unreadable now: grade it, and its scorecard says why
        }
    }
}
