package tangent.grader.ci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tangent.grader.policy.Violation;
import tangent.grader.score.CompileError;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/**
 * GitHub Actions {@code ::error} workflow commands for what a student should fix: compile errors,
 * and each place in the student's files where tests stopped with an exception (the starter's "not
 * implemented yet" stubs aside), at its file and line (paths relative to the repository root, so
 * GitHub shows them on the pull request's diff); and refusals by the bytecode policy. Hidden
 * tests give their place and their count, never their names or messages.
 */
public final class Annotations {

    /** GitHub shows at most this many error annotations of a step; the rest are counted in a notice. */
    public static final int LIMIT = 10;

    private final Path repositoryRoot;

    /** @param repositoryRoot the folder annotation paths are relative to (the checkout's root) */
    public Annotations(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    /** The workflow commands for these scorecards, at most {@link #LIMIT} errors and a notice for the rest. */
    public List<String> commands(List<Scorecard> cards) {
        List<String> errors = new ArrayList<>();
        for (Scorecard card : cards) {
            errors.addAll(errors(card));
        }
        if (errors.size() <= LIMIT) {
            return errors;
        }
        List<String> shown = new ArrayList<>(errors.subList(0, LIMIT));
        shown.add("::notice title=Tangent::" + data((errors.size() - LIMIT)
                + " more problems are not annotated here (GitHub shows " + LIMIT + "); the step summary lists them all."));
        return shown;
    }

    private List<String> errors(Scorecard card) {
        List<String> out = new ArrayList<>();
        String id = card.submission().id();
        if (card.compileErrors() != null) {
            for (CompileError e : card.compileErrors()) {
                out.add(error(file(card, e.file()), e.line(), e.column(), id + ": compile error", e.message()));
            }
        }
        if (card.violations() != null) {
            for (Violation v : card.violations()) {
                out.add(error(null, 0, 0, id + ": not allowed", v.describe()));
            }
        }
        // One annotation per place the code threw, however many checks stopped there; the
        // starter's own stubs are left out (the student knows they are not written yet).
        Map<SourceLocation, List<TestResult>> byPlace = new LinkedHashMap<>();
        for (TestResult test : card.tests()) {
            if (test.location() != null && test.status() != TestStatus.PASSED
                    && !test.flags().contains(TestResult.STUB)) {
                byPlace.computeIfAbsent(test.location(), l -> new ArrayList<>()).add(test);
            }
        }
        byPlace.forEach((place, tests) -> {
            List<TestResult> visible = tests.stream().filter(t -> t.visibility() == Visibility.VISIBLE).toList();
            TestResult first = tests.get(0);
            String title = id + ": " + first.lesson() + " " + first.task()
                    + (tests.size() == 1 && visible.size() == 1 ? ": " + first.name() : "");
            String message = visible.isEmpty()
                    ? "a hidden check of " + first.task() + " ended with an exception thrown here."
                    : visible.get(0).message();
            if (tests.size() > 1) {
                int hidden = tests.size() - visible.size();
                message += " (" + tests.size() + " checks stopped here" + (hidden == 0 ? "" : ", " + hidden + " of them hidden")
                        + ")";
            }
            out.add(error(file(card, place.file()), place.line(), 0, title, message));
        });
        return out;
    }

    /**
     * The file's path from the repository root, or null when there is no one file (an error about
     * the whole submission, such as no sources at all) or the submission is not below the root.
     */
    private String file(Scorecard card, String relative) {
        if (relative == null || relative.isEmpty() || relative.equals(".")) {
            return null;
        }
        Path path = Path.of(card.submission().path()).toAbsolutePath().normalize().resolve(relative).normalize();
        if (!path.startsWith(repositoryRoot)) {
            return null;
        }
        return repositoryRoot.relativize(path).toString().replace('\\', '/');
    }

    private static String error(String file, long line, long column, String title, String message) {
        List<String> properties = new ArrayList<>();
        if (file != null) {
            properties.add("file=" + property(file));
            if (line > 0) {
                properties.add("line=" + line);
            }
            if (column > 0) {
                properties.add("col=" + column);
            }
        }
        properties.add("title=" + property(title));
        return "::error " + String.join(",", properties) + "::" + data(message);
    }

    /** Escapes a command's message, as the Actions toolkit does. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command's property value, as the Actions toolkit does. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
