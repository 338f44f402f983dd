package mywork.part8;

// shared helpers: checking shapes + sliding window sum of products
final class MatrixUtil {

  static double[][] turn(double[][] filter) {
    int ht = height(filter, "the kernel");
    double[][] res = new double[ht][];
    for (int ri = 0; ri < ht; ri++) {
      double[] src = filter[ht - 1 - ri];
      double[] line = new double[filter[ri].length];
      int ci = 0;
      while (ci < line.length) {
        line[ci] = src[line.length - 1 - ci];
        ci++;
      }
      res[ri] = line;
    }
    return res;
  }

  private MatrixUtil() {
  }

  static double[][] correlate(double[][] src, double[][] mask) {
    int sh = height(src, "the image");
    int mh = height(mask, "the kernel");
    int mw = mask[0].length;
    int sw = src[0].length;
    if (mw > sw || mh > sh) {
      throw new IllegalArgumentException("the kernel is larger than the image");
    }
    double[][] res = new double[sh - mh + 1][sw - mw + 1];
    for (int ri = 0; ri < res.length; ri++) {
      for (int ci = 0; ci < res[ri].length; ci++) {
        res[ri][ci] = dotAt(src, mask, ri, ci);
      }
    }
    return res;
  }

  private static double dotAt(double[][] src, double[][] mask, int ri, int ci) {
    double acc = 0;
    for (int dr = 0; dr < mask.length; dr++) {
      double[] mLine = mask[dr];
      double[] sLine = src[ri + dr];
      int dc = 0;
      while (dc < mLine.length) {
        acc = acc + sLine[ci + dc] * mLine[dc];
        dc++;
      }
    }
    return acc;
  }

  // height of a non empty rectangular matrix, otherwise exception
  static int height(double[][] matrix, String what) {
    if (matrix == null || matrix.length == 0) {
      throw new IllegalArgumentException(what + " has no rows");
    }
    for (double[] line : matrix) {
      if (line == null || line.length == 0 || line.length != matrix[0].length) {
        throw new IllegalArgumentException(what + " is empty or ragged");
      }
    }
    return matrix.length;
  }
}
