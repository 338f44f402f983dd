package tangent.reference.lesson02;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import tangent.exercises.lesson02.DefiniteIntegrals;

/**
 * Simpson's rule as the task defines it; the definite integral by Commons Math's iterative
 * Gauss-Legendre integrator, to about 1e-14 relative for the smooth functions of the course.
 */
public final class ReferenceDefiniteIntegrals implements DefiniteIntegrals {

    /** Gauss-Legendre rules of 5 points, subdivided until two estimates agree to 1e-14 relative. */
    static double gaussLegendre(DoubleUnaryOperator f, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("the limits must be finite, got a = " + a + ", b = " + b);
        }
        if (a == b) {
            return 0;
        }
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(5, 1e-14, 1e-15);
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        double integral = integrator.integrate(Integer.MAX_VALUE, f::applyAsDouble, low, high);
        return a < b ? integral : -integral;
    }

    @Override
    public double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("the limits must be finite, got a = " + a + ", b = " + b);
        }
        if (n < 2 || n % 2 != 0) {
            throw new IllegalArgumentException("Simpson's rule needs an even number of subintervals, at least 2; got " + n);
        }
        double h = (b - a) / n;
        double total = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int k = 1; k < n; k++) {
            total += (k % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + k * h);
        }
        return total * h / 3;
    }

    @Override
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        return gaussLegendre(f, a, b);
    }
}
