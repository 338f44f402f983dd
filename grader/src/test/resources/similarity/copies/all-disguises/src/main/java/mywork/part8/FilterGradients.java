package mywork.part8;

import tangent.exercises.lesson08.ConvolutionGradient;

// gradients of the valid cross correlation wrt kernel and image + a tiny training loop
public class FilterGradients implements ConvolutionGradient {

  @Override
  public double[][] imageGradient(double[][] filter, double[][] gradOut) {
    int fh = MatrixUtil.height(filter, "the kernel");
    int gh = MatrixUtil.height(gradOut, "the upstream gradient");
    int gw = gradOut[0].length;
    int fw = filter[0].length;
    int padY = fh - 1;
    int padX = fw - 1;
    // put zeros around G then correlate with the 180 deg turned kernel = full convolution
    double[][] bigger = new double[gh + 2 * padY][gw + 2 * padX];
    int ri = 0;
    while (ri < gh) {
      System.arraycopy(gradOut[ri], 0, bigger[ri + fh - 1], padX, gw);
      ri++;
    }
    return MatrixUtil.correlate(bigger, MatrixUtil.turn(filter));
  }

  @Override
  public double[][] fitKernel(double[][] img, double[][] goal, double[][] startKernel, double lr, int iters) {
    MatrixUtil.height(goal, "the target");
    int fh = MatrixUtil.height(startKernel, "the initial kernel");
    if (!(lr >= 0) || lr == Double.POSITIVE_INFINITY || iters < 0) {
      throw new IllegalArgumentException("need a finite rate >= 0 and steps >= 0");
    }
    double[][] filter = new double[fh][];
    for (int ki = 0; ki < fh; ki++) {
      filter[ki] = startKernel[ki].clone();
    }
    double[][] pred = MatrixUtil.correlate(img, filter);
    if (pred.length != goal.length || pred[0].length != goal[0].length) {
      throw new IllegalArgumentException("the target must be " + pred.length + " x " + pred[0].length);
    }
    int it = 0;
    while (it < iters) {
      pred = MatrixUtil.correlate(img, filter);
      residual(pred, goal);
      double[][] grad = MatrixUtil.correlate(img, pred);
      applyStep(filter, grad, lr);
      it++;
    }
    return filter;
  }

  private static void residual(double[][] pred, double[][] goal) {
    for (int ri = 0; ri < pred.length; ri++) {
      for (int ci = 0; ci < pred[0].length; ci++) {
        pred[ri][ci] = pred[ri][ci] - goal[ri][ci];
      }
    }
  }

  private static void applyStep(double[][] filter, double[][] grad, double lr) {
    for (int ki = 0; ki < filter.length; ki++) {
      for (int kj = 0; kj < filter[ki].length; kj++) {
        filter[ki][kj] = filter[ki][kj] - lr * grad[ki][kj];
      }
    }
  }

  @Override
  public double[][] kernelGradientOfSum(double[][] img, int kRows, int kCols) {
    int ht = MatrixUtil.height(img, "the image");
    int wd = img[0].length;
    if (kRows < 1 || kCols < 1 || kRows > ht || kCols > wd) {
      throw new IllegalArgumentException("the kernel does not fit");
    }
    int blockH = ht - kRows + 1;
    int blockW = wd - kCols + 1;
    // integral image, then each weight = sum over one block
    double[][] integ = integral(img, ht, wd);
    double[][] res = new double[kRows][kCols];
    for (int ki = 0; ki < kRows; ki++) {
      for (int kj = 0; kj < kCols; kj++) {
        res[ki][kj] = integ[ki + blockH][kj + blockW] - integ[ki][kj + blockW] - integ[ki + blockH][kj] + integ[ki][kj];
      }
    }
    return res;
  }

  private static double[][] integral(double[][] img, int ht, int wd) {
    double[][] integ = new double[ht + 1][wd + 1];
    for (int ri = 0; ri < ht; ri++) {
      int ci = 0;
      while (ci < wd) {
        integ[ri + 1][ci + 1] = img[ri][ci] + integ[ri][ci + 1] + integ[ri + 1][ci] - integ[ri][ci];
        ci++;
      }
    }
    return integ;
  }

  @Override
  public double[][] kernelGradient(double[][] img, double[][] gradOut) {
    return MatrixUtil.correlate(img, gradOut);
  }
}
