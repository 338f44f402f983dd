package tangent.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tangent.grader.score.RunKey;
import tangent.grader.score.Scorecard;

/** Whether a folder's scorecards come from one run, and if not, in words: for merge and diff. */
final class MixedRuns {

    /** How many file names a message shows per group before "...". */
    private static final int NAMES_SHOWN = 3;

    private MixedRuns() {
    }

    /**
     * When the scorecards come from more than one run: the groups, biggest first, each with what
     * sets it apart and a few of its files, and the differences; null when they are all one run.
     * Such as "the scorecards are from runs that do not belong together: 3 with seed 42 (a.json,
     * b.json, c.json, ...), 1 with seed 7 (d.json); differences: seed 42 vs 7".
     */
    static String describe(List<Map.Entry<Path, Scorecard>> cards) {
        Map<RunKey, List<String>> groups = new LinkedHashMap<>();
        cards.forEach(card -> groups.computeIfAbsent(RunKey.of(card.getValue()), k -> new ArrayList<>())
                .add(card.getKey().getFileName().toString()));
        if (groups.size() < 2) {
            return null;
        }
        List<Map.Entry<RunKey, List<String>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<RunKey, List<String>> g) -> -g.getValue().size())
                .thenComparing(g -> g.getValue().get(0)));
        RunKey first = ordered.get(0).getKey();
        // every field that differs anywhere differs from the first group in at least one group
        Map<String, String> firstValues = new LinkedHashMap<>();
        List<Map<String, String>> values = new ArrayList<>();
        values.add(firstValues);
        for (Map.Entry<RunKey, List<String>> group : ordered.subList(1, ordered.size())) {
            Map<String, String> theirs = new LinkedHashMap<>();
            for (RunKey.Difference d : first.compare(group.getKey())) {
                firstValues.putIfAbsent(d.what(), shown(d.ours()));
                theirs.put(d.what(), shown(d.theirs()));
            }
            values.add(theirs);
        }
        Set<String> fields = firstValues.keySet();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<String> files = ordered.get(i).getValue();
            List<String> label = new ArrayList<>();
            for (String field : fields) {
                String value = values.get(i).getOrDefault(field, firstValues.get(field));
                label.add(field + " " + value);
                seen.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(value);
            }
            described.add(files.size() + (label.isEmpty() ? "" : " with " + String.join(", ", label)) + " ("
                    + String.join(", ", files.subList(0, Math.min(NAMES_SHOWN, files.size())))
                    + (files.size() > NAMES_SHOWN ? ", ..." : "") + ")");
        }
        List<String> differences = new ArrayList<>();
        seen.forEach((field, distinct) -> differences.add(field + " " + String.join(" vs ", distinct)));
        return "the scorecards are from runs that do not belong together: " + String.join(", ", described)
                + (differences.isEmpty() ? "" : "; differences: " + String.join("; ", differences));
    }

    private static String shown(String value) {
        return value == null ? "none" : value;
    }
}
