package student;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/** Lesson 06: minimizing a convex function of several variables. The task is in the Javadoc of ConvexMinimizer. */
public class MyConvexMinimizer implements ConvexMinimizer {

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
