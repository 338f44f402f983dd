/**
 * Compiling a submission in-process with the JDK's compiler ({@code javax.tools}), against the
 * exercises API alone and with annotation processing off ({@code -proc:none}), so compiling runs no
 * student code. Errors come back as {@code file:line:column: message} for the scorecard.
 */
package tangent.grader.build;
