package mywork.part6;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

// critical points of a polynomial with degree 1..3
// derivative is a*x^2 + b*x + c  so just solve the quadratic
public final class PolyTurningPoints implements CriticalPoints {

  // checks input and gives derivative coeffs [c, b, a]
  private static double[] slopeCoeffs(double[] poly) {
    validate(poly);
    double[] dc = new double[3];
    int pow = 1;
    while (pow < poly.length) {
      dc[pow - 1] = pow * poly[pow];
      pow++;
    }
    return dc;
  }

  private static void validate(double[] poly) {
    if (poly == null || poly.length < 2 || poly.length > 4) {
      throw new IllegalArgumentException("a polynomial of degree 1 to 3 has 2 to 4 coefficients");
    }
    for (double coef : poly) {
      if (!Double.isFinite(coef)) {
        throw new IllegalArgumentException("coefficients must be finite");
      }
    }
    int last = poly.length - 1;
    if (poly[last] == 0) {
      throw new IllegalArgumentException("the leading coefficient is 0");
    }
  }

  @Override
  public CriticalPointKind[] classify(double[] coeffs) {
    double[] roots = criticalPoints(coeffs);
    double[] sl = slopeCoeffs(coeffs);
    double lead = sl[2];
    if (lead == 0) {
      // f is a parabola -> min if it opens up
      if (roots.length == 0) {
        return new CriticalPointKind[0];
      }
      return new CriticalPointKind[] {sl[1] > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM};
    }
    if (roots.length == 0) {
      return new CriticalPointKind[0];
    }
    if (roots.length == 1) {
      // double root, f' doesnt change sign
      return new CriticalPointKind[] {CriticalPointKind.NEITHER};
    }
    if (lead > 0) {
      return new CriticalPointKind[] {CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.LOCAL_MINIMUM};
    }
    return new CriticalPointKind[] {CriticalPointKind.LOCAL_MINIMUM, CriticalPointKind.LOCAL_MAXIMUM};
  }

  @Override
  public double[] criticalPoints(double[] coeffs) {
    double[] sl = slopeCoeffs(coeffs);
    double qc = sl[0];
    double qb = sl[1];
    double qa = sl[2];
    if (qa == 0) {
      if (qb == 0) {
        return new double[0];
      }
      return new double[] {-qc / qb};
    }
    return solveQuadratic(qa, qb, qc);
  }

  private static double[] solveQuadratic(double qa, double qb, double qc) {
    double dis = qb * qb - 4 * qa * qc;
    double twoA = 2 * qa;
    if (dis == 0) {
      return new double[] {-qb / twoA};
    }
    if (dis < 0) {
      return new double[0];
    }
    double sq = Math.sqrt(dis);
    // numerically stable version: first the root without cancellation, then c/(a*x1)
    double numerator = qb >= 0 ? -qb - sq : -qb + sq;
    double x1 = numerator / twoA;
    double x2 = qc / (qa * x1);
    return x1 < x2 ? new double[] {x1, x2} : new double[] {x2, x1};
  }
}
