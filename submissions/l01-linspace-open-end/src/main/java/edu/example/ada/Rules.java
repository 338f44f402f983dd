package edu.example.ada;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DerivativeRules;

/** The rules of differentiation. */
public class Rules implements DerivativeRules {

    @Override
    public DoubleUnaryOperator constant(double c) {
        return x -> 0;
    }

    @Override
    public DoubleUnaryOperator sum(DoubleUnaryOperator fPrime, DoubleUnaryOperator gPrime) {
        return x -> fPrime.applyAsDouble(x) + gPrime.applyAsDouble(x);
    }

    @Override
    public DoubleUnaryOperator power(double n) {
        return x -> {
            if (n == 0) {
                return 0;
            }
            return n * Math.pow(x, n - 1);
        };
    }

    @Override
    public DoubleUnaryOperator exponential(double a) {
        return x -> Math.exp(x * Math.log(a)) * Math.log(a);
    }

    @Override
    public DoubleUnaryOperator naturalExponential() {
        return x -> Math.exp(x);
    }

    @Override
    public DoubleUnaryOperator chain(DoubleUnaryOperator fPrime, DoubleUnaryOperator g, DoubleUnaryOperator gPrime) {
        return x -> gPrime.applyAsDouble(x) * fPrime.applyAsDouble(g.applyAsDouble(x));
    }
}
