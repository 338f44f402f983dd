package student;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DerivativeRules;

/** Lesson 01: the rules of differentiation. The task is in the Javadoc of DerivativeRules. */
public class MyDerivativeRules implements DerivativeRules {

    @Override
    public DoubleUnaryOperator constant(double c) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public DoubleUnaryOperator sum(DoubleUnaryOperator fPrime, DoubleUnaryOperator gPrime) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public DoubleUnaryOperator power(double n) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public DoubleUnaryOperator exponential(double a) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public DoubleUnaryOperator naturalExponential() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public DoubleUnaryOperator chain(DoubleUnaryOperator fPrime, DoubleUnaryOperator g, DoubleUnaryOperator gPrime) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
