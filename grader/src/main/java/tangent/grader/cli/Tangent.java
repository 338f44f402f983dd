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
        line.setParameterExceptionHandler(Tangent::usageError);
        // picocli says "'abc' is not a long": say it in words a newcomer reads. Classes, not lambdas:
        // JDK 17's dynamic class-data archive (the launcher's -XX:ArchiveClassesAtExit) crashed at exit
        // on these lambdas' proxy classes (SIGSEGV in adjust_lambda_proxy_class_dictionary).
        line.registerConverter(Long.class, new NumberConverters.WholeLong());
        line.registerConverter(Long.TYPE, new NumberConverters.WholeLong());
        line.registerConverter(Integer.class, new NumberConverters.WholeInt());
        line.registerConverter(Integer.TYPE, new NumberConverters.WholeInt());
        line.registerConverter(Double.class, new NumberConverters.Real());
        line.registerConverter(Double.TYPE, new NumberConverters.Real());
        return line;
    }

    /**
     * A usage error as a newcomer needs it: what is wrong, picocli's "did you mean" for a mistyped
     * option, and one line saying where the help is, not the whole usage (which buried the message).
     * Exit code 2, as before.
     */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        java.io.PrintWriter err = failed.getErr();
        err.println("tangent: " + message(e, failed));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        String name = failed.getCommandSpec().qualifiedName(" ");
        err.println("See '" + name + " --help' for " + (failed.getParent() == null ? "the commands." : "its options."));
        err.flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's message, but a mistyped command is named as one ("Unmatched arguments from index 0" is not). */
    private static String message(CommandLine.ParameterException e, CommandLine failed) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && failed.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "'" + unmatched.getUnmatched().get(0) + "' is not a command; the commands are "
                    + String.join(", ", failed.getSubcommands().keySet()) + ".";
        }
        return e.getMessage();
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
