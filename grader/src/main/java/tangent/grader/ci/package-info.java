/**
 * What CI on a pull request to a course repository needs from scorecards: the pass policy that
 * sets the check's result, GitHub Actions annotations on the student's files, and a step summary
 * in the student's view (hidden checks only as counts, so a pull request never shows them).
 */
package tangent.grader.ci;
