/**
 * Reference answers for Lesson 01, differential calculus: difference quotients, the cubic's
 * derivative (symbolic from symja, numeric by Commons Math's automatic differentiation), the rules,
 * and a numerically stable sigmoid.
 */
package tangent.reference.lesson01;
