package tangent.grader.ci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tangent.grader.build.CompileError;
import tangent.grader.policy.Violation;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/**
 * GitHub Actions {@code ::error} workflow commands for what a student should fix: compile errors
 * and tests that ended in an exception thrown from the student's file, each at its file and line
 * (paths relative to the repository root, so GitHub shows them on the pull request's diff), and
 * refusals by the bytecode policy. A hidden test gives its place but neither its name nor its
 * message.
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
        for (TestResult test : card.tests()) {
            if (test.location() == null || test.status() == TestStatus.PASSED) {
                continue;
            }
            boolean visible = test.visibility() == Visibility.VISIBLE;
            String title = id + ": " + test.lesson() + " " + test.task() + (visible ? ": " + test.name() : "");
            String message = visible ? test.message()
                    : "a hidden check of " + test.task() + " ended with an exception thrown here.";
            out.add(error(file(card, test.location().file()), test.location().line(), 0, title, message));
        }
        return out;
    }

    /** The file's path from the repository root, or null when the submission is not below it. */
    private String file(Scorecard card, String relative) {
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
