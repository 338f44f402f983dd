package edu.example.grace;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.DefiniteIntegrals;

/** Composite Simpson, with plenty of subintervals when no n is given. */
public class Integrals implements DefiniteIntegrals {

    @Override
    public double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("limits must be finite");
        }
        if (n < 2 || n % 2 == 1) {
            throw new IllegalArgumentException("n must be even and at least 2");
        }
        double h = (b - a) / n;
        double odd = 0;
        double even = 0;
        for (int k = 1; k < n; k += 2) {
            odd += f.applyAsDouble(a + k * h);
        }
        for (int k = 2; k < n; k += 2) {
            even += f.applyAsDouble(a + k * h);
        }
        return h / 3 * (f.applyAsDouble(a) + 4 * odd + 2 * even + f.applyAsDouble(b));
    }

    @Override
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        return simpson(f, a, b, 20000);
    }
}
