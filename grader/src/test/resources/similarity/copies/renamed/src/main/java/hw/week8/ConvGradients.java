package hw.week8;

import tangent.exercises.lesson08.ConvolutionGradient;

public class ConvGradients implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] img, double[][] gradOut) {
        return GridOps.correlate(img, gradOut);
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] img, int kRows, int kCols) {
        int height = GridOps.checkRows(img, "the image");
        int width = img[0].length;
        if (kRows < 1 || kCols < 1 || kRows > height || kCols > width) {
            throw new IllegalArgumentException("the kernel does not fit");
        }
        // Each kernel entry multiplies a (height - kRows + 1) x (width - kCols + 1) block of the image: sum it with a
        // summed-area table.
        double[][] prefix = new double[height + 1][width + 1];
        for (int ri = 0; ri < height; ri++) {
            for (int ci = 0; ci < width; ci++) {
                prefix[ri + 1][ci + 1] = img[ri][ci] + prefix[ri][ci + 1] + prefix[ri + 1][ci] - prefix[ri][ci];
            }
        }
        int outRows = height - kRows + 1;
        int outCols = width - kCols + 1;
        double[][] result = new double[kRows][kCols];
        for (int ki = 0; ki < kRows; ki++) {
            for (int kj = 0; kj < kCols; kj++) {
                result[ki][kj] = prefix[ki + outRows][kj + outCols] - prefix[ki][kj + outCols] - prefix[ki + outRows][kj] + prefix[ki][kj];
            }
        }
        return result;
    }

    @Override
    public double[][] imageGradient(double[][] filter, double[][] gradOut) {
        int fRows = GridOps.checkRows(filter, "the kernel");
        int outRows = GridOps.checkRows(gradOut, "the upstream gradient");
        int fCols = filter[0].length;
        int outCols = gradOut[0].length;
        // Full convolution: pad G by kernel - 1 on every side and slide the rotated kernel over it.
        double[][] framed = new double[outRows + 2 * (fRows - 1)][outCols + 2 * (fCols - 1)];
        for (int ri = 0; ri < outRows; ri++) {
            System.arraycopy(gradOut[ri], 0, framed[ri + fRows - 1], fCols - 1, outCols);
        }
        return GridOps.correlate(framed, GridOps.flip(filter));
    }

    @Override
    public double[][] fitKernel(double[][] img, double[][] goal, double[][] startKernel, double lr, int iterations) {
        GridOps.checkRows(goal, "the target");
        int fRows = GridOps.checkRows(startKernel, "the initial kernel");
        if (!(lr >= 0) || lr == Double.POSITIVE_INFINITY || iterations < 0) {
            throw new IllegalArgumentException("need a finite rate >= 0 and steps >= 0");
        }
        double[][] filter = new double[fRows][];
        for (int ki = 0; ki < fRows; ki++) {
            filter[ki] = startKernel[ki].clone();
        }
        double[][] pred = GridOps.correlate(img, filter);
        if (pred.length != goal.length || pred[0].length != goal[0].length) {
            throw new IllegalArgumentException("the target must be " + pred.length + " x " + pred[0].length);
        }
        for (int iter = 0; iter < iterations; iter++) {
            pred = GridOps.correlate(img, filter);
            for (int ri = 0; ri < pred.length; ri++) {
                for (int ci = 0; ci < pred[0].length; ci++) {
                    pred[ri][ci] -= goal[ri][ci];
                }
            }
            double[][] grad = GridOps.correlate(img, pred);
            for (int ki = 0; ki < fRows; ki++) {
                for (int kj = 0; kj < filter[ki].length; kj++) {
                    filter[ki][kj] -= lr * grad[ki][kj];
                }
            }
        }
        return filter;
    }
}
