package tangent.exercises.lesson02;

import tangent.course.Exercise;

/**
 * Antiderivatives: integration is the reverse of differentiation. F is an antiderivative of f when
 * F' = f; so is F + C for every constant C, since a constant's derivative is 0.
 *
 * <p>From Lesson 01, (x^2)' = 2x, so x^2 is an antiderivative of 2x. The text's task: find one of
 * 3x^2 - 4x.
 *
 * <p>Polynomials are given by their coefficients in increasing powers: {c_0, c_1, ..., c_d} is
 * c_0 + c_1 x + ... + c_d x^d. So 3x^2 - 4x is {0, -4, 3}. The methods that take coefficients must
 * throw {@link IllegalArgumentException} for a null or empty array, or for a coefficient or limit
 * that is not finite.
 */
@Exercise(lesson = "L02", task = "antiderivatives", title = "Antiderivatives")
public interface Antiderivatives {

    /**
     * An antiderivative of f(x) = 2x, as an expression in {@code x} (see the package
     * documentation). Any constant is accepted.
     *
     * @return F(x) with F' = 2x, as text
     */
    String ofTwoX();

    /**
     * An antiderivative of f(x) = 3x^2 - 4x, as an expression in {@code x}. Any constant is
     * accepted.
     *
     * @return F(x) with F' = 3x^2 - 4x, as text
     */
    String ofThreeXSquaredMinusFourX();

    /**
     * The antiderivative of a polynomial whose constant term is 0, by the power rule in reverse:
     * the antiderivative of c x^k is c x^(k+1) / (k + 1).
     *
     * <p>Example: {0, -4, 3} (3x^2 - 4x) gives {0, 0, -2, 1} (x^3 - 2x^2); {2} (the constant 2)
     * gives {0, 2} (2x).
     *
     * @param coefficients c_0, ..., c_d of f, at least one
     * @return a new array of d + 2 coefficients of F, with F' = f and F(0) = 0
     */
    double[] ofPolynomial(double[] coefficients);

    /**
     * The definite integral of a polynomial from a to b, by the fundamental theorem of calculus:
     * F(b) - F(a) for any antiderivative F. When b &lt; a it is the negative of the integral from
     * b to a.
     *
     * <p>Examples: 2x from -10 to 10 gives 0 (the text's Riemann sum gave -2); 3x^2 - 4x from 0 to
     * 2 gives 8 - 8 = 0; from 0 to 3 it gives 27 - 18 = 9.
     *
     * @param coefficients c_0, ..., c_d of f, at least one
     * @param a            the lower limit
     * @param b            the upper limit
     * @return the integral of f from a to b
     */
    double definiteIntegral(double[] coefficients, double a, double b);
}
