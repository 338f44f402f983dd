package tangent.grader.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What decides a grading run, shared by grade and gradescope: the seed, the lessons and the time limits. */
final class RunOptions {

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for all random test inputs; default: a fresh one, printed and recorded in each "
                    + "scorecard. Give a scorecard's seed to rerun exactly the same checks.")
    Long seed;

    @Option(names = "--test-timeout", paramLabel = "SECONDS", defaultValue = "5", converter = Seconds.class,
            description = "Wall-clock limit of one test (default: ${DEFAULT-VALUE}).")
    Duration testTimeout;

    @Option(names = "--submission-budget", paramLabel = "SECONDS", defaultValue = "300", converter = Seconds.class,
            description = "Wall-clock limit of all of one submission's tests; tests not reached are not_run "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration submissionBudget;

    @Option(names = "--compile-budget", paramLabel = "SECONDS", defaultValue = "60", converter = Seconds.class,
            description = "Wall-clock limit of compiling one submission (default: ${DEFAULT-VALUE}).")
    Duration compileBudget;

    @Option(names = "--lessons", split = ",", paramLabel = "LESSON",
            description = "Grade only these lessons, such as --lessons L01,L03 (for a student halfway through the "
                    + "course); the scorecard says which lessons were left out.")
    List<String> lessons = new ArrayList<>();

    /** The lessons asked for, as the plan names them (L01), in the order given. */
    Set<String> lessonIds() {
        return new LinkedHashSet<>(lessons.stream().map(l -> l.strip().toUpperCase(Locale.ROOT)).toList());
    }

    Duration testTimeout() {
        return testTimeout;
    }

    Duration submissionBudget() {
        return submissionBudget;
    }

    Duration compileBudget() {
        return compileBudget;
    }

    /** These options as arguments for another grade (what an autograder zip keeps), the seed given. */
    List<String> asArguments(long runSeed) {
        List<String> args = new ArrayList<>(List.of("--seed", Long.toString(runSeed), "--test-timeout", Seconds.show(testTimeout),
                "--submission-budget", Seconds.show(submissionBudget), "--compile-budget", Seconds.show(compileBudget)));
        if (!lessons.isEmpty()) {
            args.addAll(List.of("--lessons", String.join(",", lessons)));
        }
        return args;
    }
}
