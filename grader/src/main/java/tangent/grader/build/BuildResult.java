package tangent.grader.build;

import java.nio.file.Path;
import java.util.List;
import tangent.grader.score.CompileError;

/** What compiling a submission gave: class files, or the errors that stopped it. */
public sealed interface BuildResult {

    /** The submission compiled; its classes are in {@code classes}. */
    record Compiled(Path classes) implements BuildResult {
    }

    /** The submission did not compile. */
    record Failed(List<CompileError> errors) implements BuildResult {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
