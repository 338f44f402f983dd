/**
 * Hidden suites for Lesson 06, optimization. Visible tests use the texts' numbers (the cubic's
 * critical points 0 and 4/3, log's missing critical point, the descent on x^2 + 5x + 6 to -2.50,
 * text 003's bowl with its minimum at the origin); hidden ones add seeded random polynomials,
 * derivatives, step counts, convex functions (compared with Commons Math's optimizer) and vectors,
 * with hints for the mistakes students make (a flipped step, one step too many, a swapped
 * second-derivative test, lambda/2 for lambda in the L2 penalty, clipping by value).
 */
package tangent.suites.lesson06;
