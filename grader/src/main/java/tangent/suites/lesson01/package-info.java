/**
 * Hidden suites for Lesson 01, differential calculus. Visible tests use the text's own numbers;
 * hidden ones add seeded random inputs, edge cases and hints for the mistakes students make
 * (a forward quotient where a central one was asked, a factor 2 in the sigmoid's derivative, a
 * missing inner derivative in the chain rule).
 */
package tangent.suites.lesson01;
