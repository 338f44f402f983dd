package tangent.grader.build;

import java.util.List;
import tangent.grader.score.CompileError;

/**
 * What the compiler process answers, one JSON line per job.
 *
 * @param compiled whether the class files were written
 * @param errors   the errors when not (capped and cleaned, as {@link CompileError} keeps them)
 * @param trouble  when the grader's side failed (the class folder could not be written), why; else null
 */
record CompileReply(boolean compiled, List<CompileError> errors, String trouble) {

    static CompileReply of(BuildResult result) {
        return result instanceof BuildResult.Failed f ? new CompileReply(false, f.errors(), null)
                : new CompileReply(true, List.of(), null);
    }
}
