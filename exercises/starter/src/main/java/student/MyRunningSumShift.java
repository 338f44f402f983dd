package student;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RunningSumShift;

/** Lesson 02: the running sum is the antiderivative shifted. The task is in the Javadoc of RunningSumShift. */
public class MyRunningSumShift implements RunningSumShift {

    @Override
    public double[] offsets(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double shift(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public boolean differsByConstant(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
