package student;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** Lesson 06: gradient descent on x^2 + 5x + 6. The task is in the Javadoc of GradientDescent1D. */
public class MyGradientDescent1D implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
