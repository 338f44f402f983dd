/**
 * Lesson 01, differential calculus: the rate of change as a difference quotient, the derivative
 * by the rules, and the sigmoid. Each interface here is one task; implement each in a public class
 * with a public no-argument constructor, anywhere in your submission folder.
 *
 * <p>Where a task asks for an expression (a derivative written as text), write it as on paper in
 * plain text: numbers, the variable {@code x}, {@code + - * /}, {@code ^} for powers, parentheses,
 * {@code exp(...)}, {@code log(...)} for the natural logarithm, {@code sqrt(...)}. Any equivalent
 * form is accepted: {@code 3*x^2 - 4*x} and {@code x*(3*x - 4)} are both right. So are the usual
 * typed forms: {@code 3x² − 4x}, {@code ·} or a space for times, a leading {@code f'(x) =}, and
 * {@code S(x)} for the sigmoid; the README's "Writing formulas" lists every form the grader reads.
 */
package tangent.exercises.lesson01;
