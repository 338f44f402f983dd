import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DerivativeRules;

public class MyRules implements DerivativeRules {

    public DoubleUnaryOperator constant(double c) {
        return x -> 0.0;
    }

    public DoubleUnaryOperator sum(DoubleUnaryOperator fPrime, DoubleUnaryOperator gPrime) {
        return x -> fPrime.applyAsDouble(x) + gPrime.applyAsDouble(x);
    }

    public DoubleUnaryOperator power(double n) {
        return x -> n * Math.pow(x, n - 1);
    }

    public DoubleUnaryOperator exponential(double a) {
        return x -> Math.pow(a, x);
    }

    public DoubleUnaryOperator naturalExponential() {
        return Math::exp;
    }

    public DoubleUnaryOperator chain(DoubleUnaryOperator fPrime, DoubleUnaryOperator g, DoubleUnaryOperator gPrime) {
        return x -> fPrime.applyAsDouble(g.applyAsDouble(x));
    }
}
