package tangent.grader.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tangent.grader.plan.GradingPlan;

/**
 * What makes scorecards comparable, so that they may share a gradebook or one may stand in for
 * another on {@code --resume}: the same seed (the same random inputs), the same scope (the same
 * lessons, public or all tests), the same maximum score, and the same grader and suites.
 *
 * @param seed         the seed of the random test inputs
 * @param scope        the lessons left out and whether only public tests ran; null for the whole course
 * @param maxScore     points possible
 * @param version      the grader's version
 * @param suitesSha256 the hash of everything that grades
 */
public record RunKey(long seed, GradingPlan.Scope scope, double maxScore, String version, String suitesSha256) {

    public RunKey {
        scope = scope == null || scope.isWhole() ? null : scope;
    }

    public static RunKey of(Scorecard card) {
        Scorecard.GraderInfo grader = card.grader();
        return new RunKey(card.seed(), card.scope(), card.maxScore(), grader == null ? null : grader.version(),
                grader == null ? null : grader.suitesSha256());
    }

    /** The same run except, perhaps, for the seed. */
    public boolean sameGrading(RunKey other) {
        return Objects.equals(scope, other.scope) && maxScore == other.maxScore && Objects.equals(version, other.version)
                && Objects.equals(suitesSha256, other.suitesSha256);
    }

    /** One way two runs differ: what, and its value in each. */
    public record Difference(String what, String ours, String theirs) {
        @Override
        public String toString() {
            return what + " " + ours + " vs " + theirs;
        }
    }

    /** How {@code other} differs from this, in words ("seed 42 vs 7", ...); empty when they are equal. */
    public List<String> differences(RunKey other) {
        return compare(other).stream().map(Difference::toString).toList();
    }

    /** How {@code other} differs from this; empty when they are equal. */
    public List<Difference> compare(RunKey other) {
        List<Difference> differences = new ArrayList<>();
        if (seed != other.seed) {
            differences.add(new Difference("seed", Long.toString(seed), Long.toString(other.seed)));
        }
        if (!Objects.equals(scope, other.scope)) {
            differences.add(new Difference("scope", describe(scope), describe(other.scope)));
        }
        if (maxScore != other.maxScore) {
            differences.add(new Difference("maximum score", Points.show(maxScore), Points.show(other.maxScore)));
        }
        if (!Objects.equals(version, other.version)) {
            differences.add(new Difference("grader version", version, other.version));
        }
        if (!Objects.equals(suitesSha256, other.suitesSha256)) {
            differences.add(new Difference("suites", shortHash(suitesSha256), shortHash(other.suitesSha256)));
        }
        return differences;
    }

    /** "the whole course", or "without L02, L03, public tests only". */
    public static String describe(GradingPlan.Scope scope) {
        if (scope == null || scope.isWhole()) {
            return "the whole course";
        }
        List<String> parts = new ArrayList<>();
        if (!scope.lessonsLeftOut().isEmpty()) {
            parts.add("without " + String.join(", ", scope.lessonsLeftOut()));
        }
        if (scope.publicOnly()) {
            parts.add("public tests only");
        }
        return String.join(", ", parts);
    }

    private static String shortHash(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }
}
