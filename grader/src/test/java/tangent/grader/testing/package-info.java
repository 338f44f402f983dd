/** Helpers shared by the grader's tests (never by its main code). */
package tangent.grader.testing;
