package student;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RiemannSum;

/** Lesson 02: Riemann sums and the running sum. The task is in the Javadoc of RiemannSum. */
public class MyRiemannSum implements RiemannSum {

    @Override
    public double[] points(double a, double b, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double sum(DoubleUnaryOperator f, double a, double b, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] runningSum(DoubleUnaryOperator f, double a, double b, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
