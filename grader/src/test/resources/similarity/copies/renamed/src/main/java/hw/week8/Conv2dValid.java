package hw.week8;

import tangent.exercises.lesson08.Convolution2d;

public class Conv2dValid implements Convolution2d {

    @Override
    public int[] outputShape(int imgRows, int imgCols, int kRows, int kCols) {
        if (Math.min(Math.min(imgRows, imgCols), Math.min(kRows, kCols)) < 1) {
            throw new IllegalArgumentException("sizes must be at least 1");
        }
        if (kRows > imgRows || kCols > imgCols) {
            throw new IllegalArgumentException("the kernel does not fit");
        }
        return new int[] {imgRows - kRows + 1, imgCols - kCols + 1};
    }

    @Override
    public double[][] convolve(double[][] img, double[][] filter) {
        return GridOps.correlate(img, filter);
    }

    @Override
    public double[][] trueConvolve(double[][] img, double[][] filter) {
        return GridOps.correlate(img, GridOps.flip(filter));
    }

    @Override
    public double[][] sobelX(double[][] img) {
        return GridOps.correlate(img, new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    }
}
