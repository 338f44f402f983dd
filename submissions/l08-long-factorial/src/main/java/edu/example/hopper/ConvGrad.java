package edu.example.hopper;

import tangent.exercises.lesson08.ConvolutionGradient;

/** Backpropagation through the valid convolution. */
public class ConvGrad implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] image, double[][] upstream) {
        // dL/dK[p][q] = sum G[i][j] X[i+p][j+q]: the image convolved with G.
        return Grid.valid(image, upstream);
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth) {
        Grid.check(image);
        if (kernelHeight < 1 || kernelWidth < 1 || kernelHeight > image.length || kernelWidth > image[0].length) {
            throw new IllegalArgumentException("kernel does not fit");
        }
        double[][] ones = new double[image.length - kernelHeight + 1][image[0].length - kernelWidth + 1];
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1.0);
        }
        return Grid.valid(image, ones);
    }

    @Override
    public double[][] imageGradient(double[][] kernel, double[][] upstream) {
        Grid.check(kernel);
        Grid.check(upstream);
        int kh = kernel.length;
        int kw = kernel[0].length;
        int oh = upstream.length;
        int ow = upstream[0].length;
        double[][] dx = new double[oh + kh - 1][ow + kw - 1];
        for (int r = 0; r < dx.length; r++) {
            for (int c = 0; c < dx[0].length; c++) {
                double total = 0;
                for (int i = Math.max(0, r - kh + 1); i <= Math.min(oh - 1, r); i++) {
                    for (int j = Math.max(0, c - kw + 1); j <= Math.min(ow - 1, c); j++) {
                        total += upstream[i][j] * kernel[r - i][c - j];
                    }
                }
                dx[r][c] = total;
            }
        }
        return dx;
    }

    @Override
    public double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps) {
        Grid.check(image);
        Grid.check(target);
        Grid.check(initialKernel);
        if (Double.isNaN(rate) || Double.isInfinite(rate) || rate < 0 || steps < 0) {
            throw new IllegalArgumentException("bad rate or steps");
        }
        double[][] k = new double[initialKernel.length][];
        for (int p = 0; p < k.length; p++) {
            k[p] = initialKernel[p].clone();
        }
        double[][] y0 = Grid.valid(image, k);
        if (target.length != y0.length || target[0].length != y0[0].length) {
            throw new IllegalArgumentException("target has the wrong shape");
        }
        for (int s = 0; s < steps; s++) {
            double[][] y = Grid.valid(image, k);
            for (int i = 0; i < y.length; i++) {
                for (int j = 0; j < y[0].length; j++) {
                    y[i][j] -= target[i][j];
                }
            }
            double[][] g = kernelGradient(image, y);
            for (int p = 0; p < k.length; p++) {
                for (int q = 0; q < k[0].length; q++) {
                    k[p][q] -= rate * g[p][q];
                }
            }
        }
        return k;
    }
}
