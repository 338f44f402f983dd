package mywork.part6;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

// gradient descent with constant learning rate, 1 dimension
public final class FixedStepDescent implements GradientDescent1D {

  @Override
  public double[] trajectory(DoubleUnaryOperator deriv, double x0, double lr, int iterations) {
    checkInputs(x0, lr, iterations);
    double[] path = new double[iterations + 1];
    path[0] = x0;
    int it = 1;
    while (it <= iterations) {
      double prev = path[it - 1];
      path[it] = prev - lr * deriv.applyAsDouble(prev);
      it++;
    }
    return path;
  }

  private static void checkInputs(double x0, double lr, int iterations) {
    if (iterations < 0) {
      throw new IllegalArgumentException("steps must be >= 0");
    }
    if (!(lr > 0 && lr < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("rate must be positive and finite");
    }
    if (!Double.isFinite(x0)) {
      throw new IllegalArgumentException("start must be finite");
    }
  }

  @Override
  public double[] descend(DoubleUnaryOperator func, DoubleUnaryOperator deriv, double x0, double lr,
      int iterations) {
    double last = trajectory(deriv, x0, lr, iterations)[iterations];
    double fLast = func.applyAsDouble(last);
    return new double[] {last, fLast};
  }
}
