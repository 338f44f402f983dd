/**
 * Compiling a submission with the JDK's compiler ({@code javax.tools}), against the exercises API
 * alone and with annotation processing off ({@code -proc:none}), so compiling runs no student code.
 * javac runs in compiler processes of its own ({@link tangent.grader.build.CompilerMain}), never in
 * the supervisor: a heap cap, the workers' sandbox, and a budget after which the process is killed.
 * Errors come back as {@code score.CompileError} ({@code file:line:column: message}). Nothing here runs a test
 * or knows a course.
 */
package tangent.grader.build;
