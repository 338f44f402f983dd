package ana.conv;

import tangent.exercises.lesson08.ConvolutionGradient;

/**
 * Backpropagation through Y = correlate(X, K): dL/dK is the valid correlation of X with the
 * upstream gradient G, and dL/dX scatters every G[i][j] back over the window it came from.
 */
public class ConvBackprop implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] image, double[][] upstream) {
        MatrixChecks.requireRectangular(image, "image");
        MatrixChecks.requireRectangular(upstream, "upstream gradient");
        MatrixChecks.requireFits(image, upstream, "upstream gradient");
        // dL/dK[p][q] = sum_ij G[i][j] X[i+p][j+q]: the same sliding sum with G as the kernel
        return MatrixChecks.correlateValid(image, upstream);
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth) {
        MatrixChecks.requireRectangular(image, "image");
        int h = image.length;
        int w = image[0].length;
        if (kernelHeight < 1 || kernelWidth < 1 || kernelHeight > h || kernelWidth > w) {
            throw new IllegalArgumentException("kernel " + kernelHeight + " x " + kernelWidth
                    + " does not fit a " + h + " x " + w + " image");
        }
        // L = sum of Y means dL/dY is all ones
        double[][] ones = new double[h - kernelHeight + 1][w - kernelWidth + 1];
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1.0);
        }
        return MatrixChecks.correlateValid(image, ones);
    }

    @Override
    public double[][] imageGradient(double[][] kernel, double[][] upstream) {
        MatrixChecks.requireRectangular(kernel, "kernel");
        MatrixChecks.requireRectangular(upstream, "upstream gradient");
        int kh = kernel.length;
        int kw = kernel[0].length;
        int oh = upstream.length;
        int ow = upstream[0].length;
        double[][] dx = new double[oh + kh - 1][ow + kw - 1];
        // Y[i][j] used X[i+p][j+q] with weight K[p][q], so it sends G[i][j] K[p][q] back there
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double gij = upstream[i][j];
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        dx[i + p][j + q] += gij * kernel[p][q];
                    }
                }
            }
        }
        return dx;
    }

    @Override
    public double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps) {
        MatrixChecks.requireRectangular(image, "image");
        MatrixChecks.requireRectangular(target, "target");
        MatrixChecks.requireRectangular(initialKernel, "initial kernel");
        MatrixChecks.requireFits(image, initialKernel, "initial kernel");
        int oh = image.length - initialKernel.length + 1;
        int ow = image[0].length - initialKernel[0].length + 1;
        if (target.length != oh || target[0].length != ow) {
            throw new IllegalArgumentException("target must be " + oh + " x " + ow + ", the output's shape");
        }
        if (!Double.isFinite(rate) || rate < 0) {
            throw new IllegalArgumentException("rate must be finite and >= 0, got " + rate);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        double[][] k = new double[initialKernel.length][];
        for (int p = 0; p < k.length; p++) {
            k[p] = initialKernel[p].clone();
        }
        for (int s = 0; s < steps; s++) {
            double[][] y = MatrixChecks.correlateValid(image, k);
            // squared loss 1/2 sum (Y - T)^2 has dL/dY = Y - T
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    y[i][j] -= target[i][j];
                }
            }
            double[][] dk = MatrixChecks.correlateValid(image, y);
            for (int p = 0; p < k.length; p++) {
                for (int q = 0; q < k[p].length; q++) {
                    k[p][q] -= rate * dk[p][q];
                }
            }
        }
        return k;
    }
}
