package complete.lesson01;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DerivativeRules;

public class Rules implements DerivativeRules {

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
        if (n == 0) {
            return constant(1);
        }
        if (n == 1) {
            return x -> 1.0;
        }
        return x -> n * Math.pow(x, n - 1);
    }

    @Override
    public DoubleUnaryOperator exponential(double a) {
        double ln = Math.log(a);
        return x -> ln * Math.pow(a, x);
    }

    @Override
    public DoubleUnaryOperator naturalExponential() {
        return Math::exp;
    }

    @Override
    public DoubleUnaryOperator chain(DoubleUnaryOperator fPrime, DoubleUnaryOperator g, DoubleUnaryOperator gPrime) {
        return x -> {
            double inner = g.applyAsDouble(x);
            return fPrime.applyAsDouble(inner) * gPrime.applyAsDouble(x);
        };
    }
}
