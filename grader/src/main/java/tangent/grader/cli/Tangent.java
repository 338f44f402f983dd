package tangent.grader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;
import tangent.grader.engine.GraderVersion;
import tangent.grader.plan.Course;

/** The {@code tangent} command; its work is in subcommands. */
@Command(name = "tangent", mixinStandardHelpOptions = true, versionProvider = Tangent.Version.class,
        subcommands = {InitCommand.class, GradeCommand.class, CheckCommand.class, VerdictCommand.class,
                MergeCommand.class, SimilarityCommand.class, DiffCommand.class, GradescopeCommand.class, CommandLine.HelpCommand.class})
public final class Tangent implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also for tests. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Tangent()).setCaseInsensitiveEnumValuesAllowed(true);
        // The course is configuration (tangent-course.properties), not part of the engine. A course that
        // cannot be read is reported by the command that needs it, not as a crash before parsing.
        String course;
        try {
            course = "the course on its class path: " + Course.load().name();
        } catch (IllegalStateException e) {
            course = "a course (none can be read: " + e.getMessage() + ")";
        }
        line.getCommandSpec().usageMessage().description("Grades Java submissions to " + course + ".");
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do, for example: tangent grade submissions/");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tangent " + GraderVersion.current()};
        }
    }
}
