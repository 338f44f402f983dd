package mywork.part6;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

// quasi newton method (BFGS). we keep a guess B of the inverse hessian and
// improve it every time a step gets accepted; step size by halving (armijo rule)
public final class CurvatureMinimizer implements ConvexMinimizer {

  private static double scalar(double[] u, double[] vv) {
    double total = 0;
    int idx = 0;
    while (idx < u.length) {
      total = total + u[idx] * vv[idx];
      idx++;
    }
    return total;
  }

  private static double[] apply(double[][] mat, double[] vec) {
    double[] res = new double[vec.length];
    for (int ri = 0; ri < vec.length; ri++) {
      res[ri] = scalar(mat[ri], vec);
    }
    return res;
  }

  @Override
  public double[] minimize(ToDoubleFunction<double[]> objective, UnaryOperator<double[]> grad,
      double[] x0) {
    double[] pos = checkedCopy(x0);
    int dim = pos.length;
    double val = objective.applyAsDouble(pos.clone());
    double[] gr = grad.apply(pos.clone());
    double[][] inv = unit(dim);
    int round = 0;
    while (round < 10_000 && Math.sqrt(scalar(gr, gr)) > 1e-9) {
      double[] dir = flipSign(apply(inv, gr));
      double dd = scalar(gr, dir);
      if (dd >= 0) {
        // wrong way -> reset to plain steepest descent
        dir = flipSign(gr.clone());
        inv = unit(dim);
        dd = scalar(gr, dir);
      }
      double[] cand = new double[dim];
      double candVal = halvingSearch(objective, pos, dir, val, dd, cand);
      if (Double.isNaN(candVal)) {
        return pos; // cant go lower anymore (rounding), we are done
      }
      double[] candGr = grad.apply(cand.clone());
      double[] dy = minus(candGr, gr);
      double[] dx = minus(cand, pos);
      double curv = scalar(dx, dy);
      if (curv > 1e-14) {
        double factor = 1 / curv;
        inv = correct(inv, dx, dy, factor);
      }
      gr = candGr;
      val = candVal;
      pos = cand;
      round++;
    }
    return pos;
  }

  private static double[] minus(double[] u, double[] vv) {
    double[] res = new double[u.length];
    for (int idx = 0; idx < u.length; idx++) {
      res[idx] = u[idx] - vv[idx];
    }
    return res;
  }

  // fills cand with the accepted point, gives back f(cand); NaN if step got too small
  private static double halvingSearch(ToDoubleFunction<double[]> objective, double[] pos, double[] dir,
      double val, double dd, double[] cand) {
    double step = 1;
    while (true) {
      int idx = 0;
      while (idx < cand.length) {
        cand[idx] = pos[idx] + step * dir[idx];
        idx++;
      }
      double candVal = objective.applyAsDouble(cand.clone());
      double bound = val + 1e-4 * step * dd;
      if (candVal <= bound) {
        return candVal;
      }
      step = step / 2;
      if (step < 1e-18) {
        return Double.NaN;
      }
    }
  }

  private static double[][] unit(int dim) {
    double[][] mat = new double[dim][dim];
    for (int idx = 0; idx < dim; idx++) {
      mat[idx][idx] = 1;
    }
    return mat;
  }

  private static double[] checkedCopy(double[] x0) {
    if (x0 == null || x0.length == 0) {
      throw new IllegalArgumentException("start must have at least one coordinate");
    }
    double[] pos = new double[x0.length];
    for (int idx = 0; idx < x0.length; idx++) {
      if (!Double.isFinite(x0[idx])) {
        throw new IllegalArgumentException("start must be finite");
      }
      pos[idx] = x0[idx];
    }
    return pos;
  }

  // B_new = (I - c dx dy^T) B (I - c dy dx^T) + c dx dx^T  (expanded)
  private static double[][] correct(double[][] mat, double[] dx, double[] dy, double cf) {
    int dim = dx.length;
    double[][] res = new double[dim][dim];
    double[] bdy = apply(mat, dy);
    double dyBdy = scalar(dy, bdy);
    double coef = cf * cf * dyBdy + cf;
    for (int ri = 0; ri < dim; ri++) {
      for (int col = 0; col < dim; col++) {
        res[ri][col] = mat[ri][col] - cf * (bdy[ri] * dx[col] + dx[ri] * bdy[col]) + coef * dx[ri] * dx[col];
      }
    }
    return res;
  }

  private static double[] flipSign(double[] vec) {
    for (int idx = 0; idx < vec.length; idx++) {
      vec[idx] = -vec[idx];
    }
    return vec;
  }
}
