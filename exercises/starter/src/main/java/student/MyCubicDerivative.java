package student;

import tangent.exercises.lesson01.CubicDerivative;

/** Lesson 01: the derivative of x^3 - 2x^2 + 1. The task is in the Javadoc of CubicDerivative. */
public class MyCubicDerivative implements CubicDerivative {

    @Override
    public String derivativeExpression() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double derivative(double x) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] rateOfChange(double[] xs, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double largestDisagreement(double dx, double from, double to, int n) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
