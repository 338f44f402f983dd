package tangent.grader.build;

import java.util.List;
import tangent.grader.intake.SourceFile;

/**
 * What the supervisor asks its compiler process for, one JSON line per submission.
 *
 * @param sources the submission's sources, as the intake read them
 * @param classes the folder the class files go to
 */
record CompileJob(List<SourceFile> sources, String classes) {
}
