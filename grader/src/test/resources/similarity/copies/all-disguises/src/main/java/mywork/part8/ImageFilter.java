package mywork.part8;

import tangent.exercises.lesson08.Convolution2d;

// 2d convolution without padding
public class ImageFilter implements Convolution2d {

  @Override
  public double[][] trueConvolve(double[][] img, double[][] filter) {
    double[][] turned = MatrixUtil.turn(filter);
    return MatrixUtil.correlate(img, turned);
  }

  @Override
  public double[][] sobelX(double[][] img) {
    double[][] sobel = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};
    return MatrixUtil.correlate(img, sobel);
  }

  @Override
  public int[] outputShape(int imgRows, int imgCols, int kRows, int kCols) {
    int smallest = Math.min(Math.min(imgRows, imgCols), Math.min(kRows, kCols));
    if (smallest < 1) {
      throw new IllegalArgumentException("sizes must be at least 1");
    }
    if (kCols > imgCols || kRows > imgRows) {
      throw new IllegalArgumentException("the kernel does not fit");
    }
    return new int[] {imgRows - kRows + 1, imgCols - kCols + 1};
  }

  @Override
  public double[][] convolve(double[][] img, double[][] filter) {
    return MatrixUtil.correlate(img, filter);
  }
}
