package student;

import tangent.exercises.lesson02.Antiderivatives;

/** Lesson 02: antiderivatives. The task is in the Javadoc of Antiderivatives. */
public class MyAntiderivatives implements Antiderivatives {

    @Override
    public String ofTwoX() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String ofThreeXSquaredMinusFourX() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] ofPolynomial(double[] coefficients) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double definiteIntegral(double[] coefficients, double a, double b) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
