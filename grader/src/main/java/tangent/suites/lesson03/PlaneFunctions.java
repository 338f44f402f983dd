package tangent.suites.lesson03;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Smooth functions of (x, y) for the scan's hidden tests, with exact gradients and Hessians by
 * Commons Math's automatic differentiation, and a region to sample each on.
 */
final class PlaneFunctions {

    /**
     * A named function of two variables: {@code plain} evaluates it (fast, for scans of thousands of
     * points), {@code f} is the same formula in {@link DerivativeStructure}s for exact derivatives.
     */
    record Named(String name, DoubleBinaryOperator plain, BinaryOperator<DerivativeStructure> f, double low,
            double high) {

        private DerivativeStructure at(double x, double y, int order) {
            return f.apply(new DerivativeStructure(2, order, 0, x), new DerivativeStructure(2, order, 1, y));
        }

        double value(double x, double y) {
            return plain.applyAsDouble(x, y);
        }

        double[] gradient(double x, double y) {
            DerivativeStructure d = at(x, y, 1);
            return new double[] {d.getPartialDerivative(1, 0), d.getPartialDerivative(0, 1)};
        }

        /** The Frobenius norm of the Hessian, an upper bound of its largest eigenvalue in size. */
        double hessianNorm(double x, double y) {
            DerivativeStructure d = at(x, y, 2);
            double xx = d.getPartialDerivative(2, 0);
            double xy = d.getPartialDerivative(1, 1);
            double yy = d.getPartialDerivative(0, 2);
            return Math.sqrt(xx * xx + 2 * xy * xy + yy * yy);
        }

        double sample(RandomGenerator random) {
            return low + (high - low) * random.nextDouble();
        }
    }

    static final List<Named> ALL = List.of(
            new Named("x^2 + y^3", (x, y) -> x * x + y * y * y, (x, y) -> x.pow(2).add(y.pow(3)), -3, 3),
            new Named("x^2 + y^2", (x, y) -> x * x + y * y, (x, y) -> x.pow(2).add(y.pow(2)), -3, 3),
            new Named("sin(x) e^y", (x, y) -> Math.sin(x) * Math.exp(y), (x, y) -> x.sin().multiply(y.exp()), -2, 2),
            new Named("x y^2 - x^3", (x, y) -> x * y * y - x * x * x,
                    (x, y) -> x.multiply(y.pow(2)).subtract(x.pow(3)), -2, 2),
            new Named("log(1 + x^2 + y^2)", (x, y) -> Math.log(1 + x * x + y * y),
                    (x, y) -> x.pow(2).add(y.pow(2)).add(1).log(), -3, 3),
            new Named("3x - 2y + xy", (x, y) -> 3 * x - 2 * y + x * y,
                    (x, y) -> x.multiply(3).subtract(y.multiply(2)).add(x.multiply(y)), -3, 3));

    private PlaneFunctions() {
    }

    static Named pick(RandomGenerator random) {
        return ALL.get(random.nextInt(ALL.size()));
    }
}
