package student;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.DerivativeScan;

/** Lesson 06: scanning f' for zeros, and log x. The task is in the Javadoc of DerivativeScan. */
public class MyDerivativeScan implements DerivativeScan {

    @Override
    public String logDerivative() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
