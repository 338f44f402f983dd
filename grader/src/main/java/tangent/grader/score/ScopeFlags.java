package tangent.grader.score;

import java.util.List;

/** The {@code tangent grade} flags that grade again what a scorecard's run graded. */
public final class ScopeFlags {

    private ScopeFlags() {
    }

    /**
     * "--lessons L01,L02 --public-only", as much of it as the run used; empty for a run of the whole
     * course. The lessons are those the scorecard's tests belong to, in their order.
     */
    public static String of(Scorecard card) {
        if (card.scope() == null || card.scope().isWhole()) {
            return "";
        }
        List<String> lessons = card.tests().stream().map(TestResult::lesson).distinct().toList();
        String flags = (card.scope().lessonsLeftOut().isEmpty() || lessons.isEmpty() ? "" : "--lessons "
                + String.join(",", lessons)) + (card.scope().publicOnly() ? " --public-only" : "");
        return flags.strip();
    }
}
