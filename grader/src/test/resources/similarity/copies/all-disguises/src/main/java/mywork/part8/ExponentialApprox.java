package mywork.part8;

import tangent.exercises.lesson08.TaylorExp;

// taylor polynomial of exp around 0, nested evaluation (horner)
public class ExponentialApprox implements TaylorExp {

  @Override
  public double errorBound(double arg, int order) {
    mustBeFinite(arg);
    if (order < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + order);
    }
    if (arg == 0) {
      return order == 0 ? 1 : 0;
    }
    double lf = lnFactorial(order);
    double exponent = Math.max(arg, 0) + order * Math.log(Math.abs(arg)) - lf;
    return Math.exp(exponent);
  }

  private static double lnFactorial(int order) {
    double acc = 0;
    int term = 2;
    while (term <= order) {
      acc = acc + Math.log(term);
      term++;
    }
    return acc;
  }

  @Override
  public int termsNeeded(double arg, double tol) {
    mustBeFinite(arg);
    boolean badTol = !(tol >= 1e-9) || tol == Double.POSITIVE_INFINITY;
    if (Math.abs(arg) > 10 || badTol) {
      throw new IllegalArgumentException("need |x| <= 10 and tolerance >= 1e-9");
    }
    double exact = Math.exp(arg);
    int order = 0;
    while (true) {
      double diff = Math.abs(exact - partialSum(arg, order));
      if (diff <= tol) {
        return order;
      }
      if (order > 500) {
        throw new IllegalStateException("did not converge");
      }
      order++;
    }
  }

  @Override
  public double maxError(int order, double lower, double upper, int samples) {
    mustBeFinite(lower);
    mustBeFinite(upper);
    if (order < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + order);
    }
    if (samples < 2) {
      throw new IllegalArgumentException("need at least 2 points");
    }
    double largest = 0;
    for (int idx = 0; idx < samples; idx++) {
      double pt = lower + (upper - lower) * idx / (samples - 1);
      double err = Math.abs(Math.exp(pt) - partialSum(pt, order));
      largest = Math.max(largest, err);
    }
    return largest;
  }

  private static void mustBeFinite(double num) {
    if (!Double.isFinite(num)) {
      throw new IllegalArgumentException("expected a finite number, got " + num);
    }
  }

  @Override
  public double partialSum(double arg, int order) {
    mustBeFinite(arg);
    if (order < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + order);
    }
    if (order == 0) {
      return 0;
    }
    double acc = 1;
    int term = order - 1;
    while (term >= 1) {
      acc = 1 + arg / term * acc;
      term--;
    }
    return acc;
  }
}
