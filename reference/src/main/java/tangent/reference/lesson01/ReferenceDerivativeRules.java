package tangent.reference.lesson01;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DerivativeRules;

/** Each rule of differentiation as a function-building function. */
public final class ReferenceDerivativeRules implements DerivativeRules {

    @Override
    public DoubleUnaryOperator constant(double c) {
        return x -> 0.0;
    }

    @Override
    public DoubleUnaryOperator sum(DoubleUnaryOperator fPrime, DoubleUnaryOperator gPrime) {
        return x -> fPrime.applyAsDouble(x) + gPrime.applyAsDouble(x);
    }

    @Override
    public DoubleUnaryOperator power(double n) {
        // x^0 is a constant: its derivative is 0 even at x = 0, where n * x^(n-1) would be 0 * inf.
        return n == 0 ? constant(1) : x -> n * Math.pow(x, n - 1);
    }

    @Override
    public DoubleUnaryOperator exponential(double a) {
        double lnA = Math.log(a);
        return x -> Math.pow(a, x) * lnA;
    }

    @Override
    public DoubleUnaryOperator naturalExponential() {
        return Math::exp;
    }

    @Override
    public DoubleUnaryOperator chain(DoubleUnaryOperator fPrime, DoubleUnaryOperator g,
            DoubleUnaryOperator gPrime) {
        return x -> fPrime.applyAsDouble(g.applyAsDouble(x)) * gPrime.applyAsDouble(x);
    }
}
