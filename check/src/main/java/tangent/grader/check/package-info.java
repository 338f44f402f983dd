/**
 * How answers are compared, for suites to use: {@link Tolerance} (numpy's isclose rule, with NaN
 * and infinities handled explicitly), {@link Checks} (scalars, arrays and functions sampled at
 * points, failing with a message that says what was expected, what came back and where), {@link
 * Hint} (explanations of common mistakes, offered when they fit the numbers), {@link KnownMistake}
 * (a whole wrong answer of formulas, such as swapped components, named when an answer is it), and {@link
 * ExpressionCheck} (formulas written by students: read safely by {@link AnswerReader}, evaluated
 * as doubles by {@link DoubleForm}, proved equal by {@link CasProof}). Values from student code
 * arrive here already copied into plain numbers and arrays.
 */
package tangent.grader.check;
