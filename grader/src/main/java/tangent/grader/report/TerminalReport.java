package tangent.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tangent.grader.plan.GradingPlan;
import tangent.grader.scaffold.StarterProject;
import tangent.grader.score.Points;
import tangent.grader.score.ScopeFlags;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * A scorecard as a student reads it in a terminal: the points per lesson and task, each task with
 * full marks (or not started: still the starter's stubs) on one line, the others with every visible
 * check and its message, and hidden checks only as counts (see {@link StudentView}). Colour is for terminals; the same text without it is
 * what goes to a file or a CI log.
 */
public final class TerminalReport {

    private final boolean reveal;
    private final boolean colour;
    private final Map<String, Guide> guides;

    /**
     * What the report says about a task not started yet: the interface to implement, its title, and
     * the starter's class for it.
     */
    public record Guide(String exercise, String title, String starterClass) {
    }

    /**
     * @param reveal whether hidden and not-yet-due checks are shown in full (an instructor's view)
     * @param colour whether to use ANSI colours
     */
    public TerminalReport(boolean reveal, boolean colour) {
        this(reveal, colour, Map.of());
    }

    /** @param guides by "LESSON.task", what to implement for each task, so the report can name the next one */
    public TerminalReport(boolean reveal, boolean colour, Map<String, Guide> guides) {
        this.reveal = reveal;
        this.colour = colour;
        this.guides = Map.copyOf(guides);
    }

    public String render(Scorecard card) {
        StringBuilder out = new StringBuilder();
        out.append(bold(card.submission().id() + ": " + Points.show(card.score()) + " / " + Points.show(card.maxScore())
                + " points")).append(" (").append(card.status().json()).append(")\n");
        if (card.message() != null && !card.message().isEmpty()) {
            out.append("  ").append(card.message()).append('\n');
        }
        if (card.scope() != null && !card.scope().isWhole()) {
            out.append("  ").append(dim("graded in part: " + describe(card.scope()))).append('\n');
        }
        if (card.compileErrors() != null && !card.compileErrors().isEmpty()) {
            out.append('\n').append(red("Compile errors")).append('\n');
            card.compileErrors().forEach(e -> out.append("  ").append(e).append('\n'));
        }
        if (card.violations() != null && !card.violations().isEmpty()) {
            out.append('\n').append(red("Not allowed in submissions")).append('\n');
            card.violations().forEach(v -> out.append("  ").append(v.describe()).append('\n'));
        }
        StudentView view = StudentView.of(card, reveal);
        next(out, card, view);
        boolean oneLine = false;
        boolean noneRan = stopped(card) != null;
        for (Map.Entry<String, List<StudentView.Task>> entry : view.lessons().entrySet()) {
            String lesson = entry.getKey();
            List<StudentView.Task> tasks = entry.getValue();
            // nothing ran (what stopped it is above), or a lesson nobody has begun: one line, not one
            // per task or check, and such lines stand together
            String whole = noneRan ? "not run" : tasks.size() > 1 && tasks.stream().allMatch(TerminalReport::notStarted)
                    ? "not started" : null;
            if (whole != null) {
                out.append(oneLine ? "" : "\n").append(bold(lesson + "  0 / " + Points.show(tasks.stream()
                        .mapToDouble(StudentView.Task::possible).sum()))).append("  ").append(yellow(whole))
                        .append(" (").append(tasks.size()).append(tasks.size() == 1 ? " task: " : " tasks: ")
                        .append(String.join(", ", tasks.stream().map(StudentView.Task::name).toList())).append(")\n");
                oneLine = true;
                continue;
            }
            oneLine = false;
            double earned = tasks.stream().mapToDouble(StudentView.Task::earned).sum();
            double possible = tasks.stream().mapToDouble(StudentView.Task::possible).sum();
            out.append('\n').append(bold(lesson + "  " + Points.show(earned) + " / " + Points.show(possible))).append('\n');
            for (StudentView.Task task : tasks) {
                boolean full = task.earned() == task.possible();
                String head = String.format(Locale.ROOT, "  %-28s %7s", task.name(),
                        Points.show(task.earned()) + "/" + Points.show(task.possible()));
                if (full) {
                    out.append(head).append("  ").append(green("all passed")).append('\n');
                    continue;
                }
                if (notStarted(task)) {
                    out.append(head).append("  ").append(yellow("not started")).append(": its methods throw \"")
                            .append(StarterProject.NOT_IMPLEMENTED).append("\"\n");
                    continue;
                }
                out.append(head).append('\n');
                TestResult previous = null;
                for (TestResult test : task.shown()) {
                    out.append("    ").append(label(test.status())).append(' ').append(test.name()).append('\n');
                    if (test.status() != TestStatus.PASSED && !test.message().isEmpty()) {
                        // one task's checks that stopped for one reason (not run: the budget, say) say it once
                        out.append(StudentView.sameAsBefore(previous, test) ? "           " + dim("(the same as above)")
                                : indent(test.message(), "           ")).append('\n');
                    }
                    previous = test;
                }
                if (task.hidden() > 0) {
                    out.append("    ").append(dim(StudentView.hiddenSummary(task))).append('\n');
                }
            }
        }
        out.append('\n').append(dim("Seed " + card.seed() + ": rerun with --seed " + card.seed()
                + " to get the same checks.")).append('\n');
        return out.toString();
    }

    /**
     * The next thing to do: the first task, in course order, without all its points. Begun, it is
     * to be fixed (what did not pass is below it); not begun, it is named with its interface, the
     * starter's class for it and the command that checks it alone. Nothing when every task is done.
     */
    private void next(StringBuilder out, Scorecard card, StudentView view) {
        String whole = stopped(card);
        if (whole != null) {
            out.append('\n').append(bold("Next: " + whole)).append('\n');
            out.append("  then check it: ./tangent grade ").append(card.submission().path()).append(ScopeFlags.of(card).isEmpty() ? "" : " " + ScopeFlags.of(card))
                    .append('\n');
            return;
        }
        List<String[]> notStarted = new ArrayList<>();
        String[] first = null;
        StudentView.Task unfinished = null;
        for (Map.Entry<String, List<StudentView.Task>> lesson : view.lessons().entrySet()) {
            for (StudentView.Task task : lesson.getValue()) {
                if (notStarted(task)) {
                    notStarted.add(new String[] {lesson.getKey(), task.name()});
                }
                if (unfinished == null && task.earned() < task.possible()) {
                    unfinished = task;
                    first = new String[] {lesson.getKey(), task.name()};
                }
            }
        }
        if (unfinished == null) {
            return;
        }
        Guide guide = guides.get(first[0] + "." + first[1]);
        String title = guide == null ? "" : " (" + guide.title() + ")";
        String check = "  then check it: ./tangent grade " + card.submission().path() + " --lessons " + first[0]
                + (card.scope() != null && card.scope().publicOnly() ? " --public-only" : "") + "\n";
        if (notStarted(unfinished)) {
            out.append('\n').append(bold("Next: " + first[0] + " " + first[1])).append(title).append('\n');
            if (guide != null) {
                out.append("  implement ").append(guide.exercise()).append(", in ").append(guide.starterClass())
                        .append(" if you started from `tangent init`\n");
            }
            out.append(check);
            out.append("  ").append(dim(notStarted.size() + " task(s) not started yet, in the course's order below")).append('\n');
            return;
        }
        long visible = unfinished.shown().stream().filter(t -> t.status() != TestStatus.PASSED).count();
        String what = visible > 0 ? visible + " of its visible check(s) did not pass: see them below"
                : unfinished.hiddenOther() > 0 ? "its visible checks pass, " + unfinished.hiddenOther() + " hidden check(s) "
                        + "did not: reread its statement (the interface's Javadoc) for the cases it must also handle"
                : "it has not all its points yet: see it below";
        out.append('\n').append(bold("Next: fix " + first[0] + " " + first[1])).append(title).append('\n');
        out.append("  ").append(what).append('\n');
        out.append(check);
        if (!notStarted.isEmpty()) {
            out.append("  ").append(dim(notStarted.size() + " task(s) not started yet, the first " + notStarted.get(0)[0]
                    + " " + notStarted.get(0)[1])).append('\n');
        }
    }

    /** A task still as the starter left it: every check shown stopped at a stub, none hidden passed. */
    static boolean notStarted(StudentView.Task task) {
        return !task.shown().isEmpty() && task.hiddenPassed() == 0 && task.shown().stream()
                .allMatch(t -> t.flags().contains(TestResult.STUB));
    }

    /**
     * What to do first when the submission ran no test at all (it does not compile, say), which
     * comes before anything its tasks say; null when tests ran, even if the grader then crashed.
     */
    private static String stopped(Scorecard card) {
        return switch (card.status()) {
            case COMPILE_ERROR -> "fix the compile errors above";
            case REFUSED -> "take out what is not allowed in submissions (above)";
            case NO_SOURCES, NO_IMPLEMENTATION -> "write a class that implements a task's interface";
            case CRASHED, GRADED -> null;
        };
    }

    private static String describe(GradingPlan.Scope scope) {
        String lessons = scope.lessonsLeftOut().isEmpty() ? "" : "lessons left out: " + String.join(", ", scope.lessonsLeftOut());
        String visible = scope.publicOnly() ? "visible tests only" : "";
        return lessons.isEmpty() ? visible : visible.isEmpty() ? lessons : lessons + "; " + visible;
    }

    /** A fixed-width status label, so the test names line up with or without colour. */
    private String label(TestStatus status) {
        return switch (status) {
            case PASSED -> green("pass   ");
            case FAILED -> red("FAIL   ");
            case ERROR -> red("ERROR  ");
            case TIMEOUT -> red("TIMEOUT");
            case NOT_RUN -> yellow("NOT RUN");
        };
    }

    private static String indent(String text, String prefix) {
        return prefix + text.strip().replace("\n", "\n" + prefix);
    }


    private String bold(String s) {
        return style("1", s);
    }

    private String dim(String s) {
        return style("2", s);
    }

    private String red(String s) {
        return style("31;1", s);
    }

    private String green(String s) {
        return style("32", s);
    }

    private String yellow(String s) {
        return style("33", s);
    }

    private String style(String code, String s) {
        return colour ? "\033[" + code + "m" + s + "\033[0m" : s;
    }
}
