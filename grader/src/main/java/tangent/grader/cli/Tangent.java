package tangent.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import tangent.grader.engine.GraderVersion;

/** The {@code tangent} command; its work is in subcommands. */
@Command(name = "tangent", mixinStandardHelpOptions = true, versionProvider = Tangent.Version.class,
        description = "Grades Java submissions to the calculus-for-machine-learning course.",
        subcommands = {InitCommand.class, GradeCommand.class, CheckCommand.class, VerdictCommand.class,
                MergeCommand.class, GradescopeCommand.class, CommandLine.HelpCommand.class})
public final class Tangent implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Tangent());
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
