package tangent.exercises.lesson01;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * The rules of differentiation as functions that build derivatives: each method returns the
 * derivative as a {@link DoubleUnaryOperator}, a function of x.
 *
 * <ul>
 *   <li>constant rule: the derivative of a constant c is 0;
 *   <li>sum rule: (f + g)' = f' + g';
 *   <li>power rule: d/dx x^n = n x^(n-1);
 *   <li>exponential rule: d/dx a^x = a^x ln(a), and so d/dx e^x = e^x;
 *   <li>chain rule: d/dx f(g(x)) = f'(g(x)) g'(x).
 * </ul>
 */
@Exercise(lesson = "L01", task = "rules", title = "Rules of differentiation")
public interface DerivativeRules {

    /**
     * The derivative of the constant function f(x) = c.
     *
     * @param c the constant
     * @return x -> d/dx c
     */
    DoubleUnaryOperator constant(double c);

    /**
     * The derivative of f + g, given the derivatives of f and g.
     *
     * @param fPrime f'
     * @param gPrime g'
     * @return x -> (f + g)'(x)
     */
    DoubleUnaryOperator sum(DoubleUnaryOperator fPrime, DoubleUnaryOperator gPrime);

    /**
     * The derivative of x^n by the power rule. Example: n = 3 gives x -> 3x^2, which is 12 at
     * x = 2. For n = 0 (a constant) it is 0 everywhere, x = 0 included. Fractional n is used only
     * for x &gt; 0.
     *
     * @param n the exponent
     * @return x -> n x^(n-1)
     */
    DoubleUnaryOperator power(double n);

    /**
     * The derivative of a^x. Example: a = 2 gives x -> 2^x ln 2, about 2.7726 at x = 2.
     *
     * @param a the base, positive
     * @return x -> a^x ln(a)
     */
    DoubleUnaryOperator exponential(double a);

    /**
     * The derivative of e^x, Euler's number to the power x. Example: about 7.389 at x = 2.
     *
     * @return x -> d/dx e^x
     */
    DoubleUnaryOperator naturalExponential();

    /**
     * The derivative of f(g(x)) by the chain rule, given f', g and g'. Example: f(u) = u^2 and
     * g(x) = 3x + 1 give x -> 2(3x + 1) * 3, which is 42 at x = 2.
     *
     * @param fPrime the derivative of the outer function f
     * @param g      the inner function
     * @param gPrime the derivative of the inner function
     * @return x -> f'(g(x)) g'(x)
     */
    DoubleUnaryOperator chain(DoubleUnaryOperator fPrime, DoubleUnaryOperator g,
            DoubleUnaryOperator gPrime);
}
