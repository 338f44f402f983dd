package mywork.part8;

import tangent.exercises.lesson08.Softmax;

// softmax layer (shifted by the max so exp never overflows)
public class ProbabilityHead implements Softmax {

  @Override
  public double[][] jacobian(double[] scores) {
    double[] pr = probabilities(scores);
    int size = pr.length;
    double[][] jac = new double[size][size];
    for (int ri = 0; ri < size; ri++) {
      jac[ri][ri] = pr[ri];
      int ci = 0;
      while (ci < size) {
        jac[ri][ci] = jac[ri][ci] - pr[ri] * pr[ci];
        ci++;
      }
    }
    return jac;
  }

  @Override
  public double[] probabilities(double[] scores) {
    double top = largestFinite(scores);
    double acc = 0;
    for (double sc : scores) {
      acc = acc + Math.exp(sc - top);
    }
    double logZ = top + Math.log(acc);
    double[] pr = new double[scores.length];
    for (int idx = 0; idx < scores.length; idx++) {
      pr[idx] = Math.exp(scores[idx] - logZ);
    }
    return pr;
  }

  @Override
  public double[] crossEntropyGradient(double[] scores, int cls) {
    double[] pr = probabilities(scores);
    double[] grad = pr.clone();
    int lastClass = pr.length - 1;
    if (cls < 0 || cls > lastClass) {
      throw new IllegalArgumentException("no class " + cls);
    }
    grad[cls] = pr[cls] - 1;
    return grad;
  }

  private static double largestFinite(double[] scores) {
    if (scores == null || scores.length == 0) {
      throw new IllegalArgumentException("no scores");
    }
    double top = scores[0];
    for (double sc : scores) {
      if (Double.isInfinite(sc) || Double.isNaN(sc)) {
        throw new IllegalArgumentException("not a finite score: " + sc);
      }
      top = Math.max(top, sc);
    }
    return top;
  }
}
