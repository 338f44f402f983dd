package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tangent.grader.plan.Course;
import tangent.grader.plan.PlanCache;
import tangent.grader.plan.Planner;
import tangent.grader.scaffold.ScaffoldException;
import tangent.grader.scaffold.StarterProject;

/** {@code tangent init submissions/<id>}: starts a submission from the course's starter project. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Starts a submission: writes FOLDER with a class per exercise whose methods throw "
                + "\"not implemented yet\", the public sample tests, and a pom.xml that builds against the exercises "
                + "(open it in an IDE, or run `mvn test` in it).",
                "Grading a new folder gives status graded and 0 points; implement the classes in "
                        + "src/main/java/student one task at a time."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the folder was written", "1:it could not be written",
                "2:usage error (the folder exists and is not empty)"})
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", description = "The new submission folder, such as submissions/<your-id>.")
    private Path folder;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StarterProject starter;
        try {
            Course course = Course.load();
            starter = StarterProject.of(PlanCache.forThisJvm(course).plan(() -> new Planner(course).plan()).exercises());
        } catch (RuntimeException e) {
            err.println("tangent: the course's exercises cannot be read, so nothing was written: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("tangent: " + e.getMessage());
            return 1;
        }
        StarterProject.Written written;
        try {
            written = starter.writeTo(folder);
        } catch (ScaffoldException e) {
            err.println("tangent: " + e.getMessage());
            return e.getCause() == null ? 2 : 1;
        }
        out.printf("Started %s: %d classes to implement in src/main/java/student, %d public sample tests in "
                + "src/test/java.%n", folder, written.classes(), written.tests());
        if (written.parentPom() == null) {
            out.println("No course pom.xml (tangent-parent) was found above it: its pom.xml expects the course "
                    + "installed in your Maven repository (`mvn install` at the course's root).");
        }
        out.printf("Next: implement a task, then `./tangent grade %s` (add --public-only for the visible tests "
                + "alone, --lessons L01 for one lesson).%n", folder);
        return 0;
    }
}
