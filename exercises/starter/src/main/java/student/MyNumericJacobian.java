package student;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tangent.exercises.lesson04.NumericJacobian;

/** Lesson 04: a numeric Jacobian by finite differences. The task is in the Javadoc of NumericJacobian. */
public class MyNumericJacobian implements NumericJacobian {

    @Override
    public double[][] jacobian(Function<double[], double[]> f, double[] point, double h) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] gradient(ToDoubleFunction<double[]> f, double[] point, double h) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
