package tangent.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine;
import tangent.grader.io.FileTrouble;

/**
 * The --out folder, checked before anything is graded: it is created if need be and a file is
 * written and removed in it, so that a file in the way, a missing permission or a read-only disk
 * is a usage error with the operating system's reason, and not an hour of grading lost.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** For the scorecards of a grading run: nothing is graded when --out will not do. */
    static void prepare(Path out, CommandLine commandLine) {
        prepare(out, commandLine, "the scorecards", "nothing was graded");
    }

    /**
     * @param what   what goes in the folder, as the messages name it ("the comparison's files")
     * @param spared what did not happen because of it ("nothing was compared")
     */
    static void prepare(Path out, CommandLine commandLine, String what, String spared) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(commandLine, "--out " + out + " is a file, not a folder: give a "
                    + "folder for " + what + " (it is created if it does not exist).");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--out " + out + " cannot be created ("
                    + FileTrouble.describe(e) + "): give a folder you can write in; " + spared + ".");
        }
        Path probe = out.resolve(".tangent-write-check-" + ProcessHandle.current().pid());
        try {
            Files.write(probe, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.delete(probe);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--out " + out + " cannot be written in ("
                    + FileTrouble.describe(e) + "): give a folder you can write in; " + spared + ".");
        }
    }
}
