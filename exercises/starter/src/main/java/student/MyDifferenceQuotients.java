package student;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;

/** Lesson 01: difference quotients. The task is in the Javadoc of DifferenceQuotients. */
public class MyDifferenceQuotients implements DifferenceQuotients {

    @Override
    public double forward(DoubleUnaryOperator f, double x, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double central(DoubleUnaryOperator f, double x, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f, DoubleUnaryOperator derivative,
            double x, double dx) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
