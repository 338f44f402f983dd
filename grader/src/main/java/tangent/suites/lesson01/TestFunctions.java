package tangent.suites.lesson01;

import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.apache.commons.math3.analysis.function.Cos;
import org.apache.commons.math3.analysis.function.Exp;
import org.apache.commons.math3.analysis.function.Log;
import org.apache.commons.math3.analysis.function.Sin;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;

/**
 * Smooth functions to differentiate, with exact derivatives from Commons Math's automatic
 * differentiation, and the interval each is sampled on.
 */
final class TestFunctions {

    /** A named function with its domain. */
    record Named(String name, UnivariateDifferentiableFunction f, double low, double high) {

        double value(double x) {
            return f.value(x);
        }

        double derivative(double x) {
            return f.value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
        }

        double sample(RandomGenerator random) {
            return low + (high - low) * random.nextDouble();
        }
    }

    static final List<Named> ALL = List.of(
            new Named("sin", new Sin(), -3, 3),
            new Named("cos", new Cos(), -3, 3),
            new Named("exp", new Exp(), -2, 2),
            new Named("log", new Log(), 0.5, 4),
            new Named("x^3 - 2x^2 + 1", new PolynomialFunction(new double[] {1, 0, -2, 1}), -3, 3),
            new Named("0.5x^4 - x", new PolynomialFunction(new double[] {0, -1, 0, 0, 0.5}), -2, 2));

    private TestFunctions() {
    }

    static Named pick(RandomGenerator random) {
        return ALL.get(random.nextInt(ALL.size()));
    }
}
