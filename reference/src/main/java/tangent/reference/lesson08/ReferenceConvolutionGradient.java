package tangent.reference.lesson08;

import tangent.exercises.lesson08.ConvolutionGradient;

/**
 * The chain rule through Y = correlate(X, K): dL/dK is the correlation of X with G, dL/dX is G
 * spread back through K; gradient descent on the squared loss repeats the first.
 */
public final class ReferenceConvolutionGradient implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] image, double[][] upstream) {
        return Correlation.correlate(image, upstream);
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth) {
        Correlation.rectangular("the image", image);
        if (kernelHeight < 1 || kernelWidth < 1 || kernelHeight > image.length || kernelWidth > image[0].length) {
            throw new IllegalArgumentException("a " + kernelHeight + "x" + kernelWidth + " kernel does not fit in the "
                    + image.length + "x" + image[0].length + " image");
        }
        double[][] ones = new double[image.length - kernelHeight + 1][image[0].length - kernelWidth + 1];
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1);
        }
        return kernelGradient(image, ones);
    }

    @Override
    public double[][] imageGradient(double[][] kernel, double[][] upstream) {
        return Correlation.spreadBack(kernel, upstream);
    }

    @Override
    public double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps) {
        Correlation.rectangular("the image", image);
        Correlation.rectangular("the target", target);
        Correlation.rectangular("the initial kernel", initialKernel);
        if (!(rate >= 0) || !Double.isFinite(rate) || steps < 0) {
            throw new IllegalArgumentException("need a finite rate >= 0 and steps >= 0, got rate = " + rate
                    + ", steps = " + steps);
        }
        int kh = initialKernel.length;
        int kw = initialKernel[0].length;
        if (kh > image.length || kw > image[0].length || target.length != image.length - kh + 1
                || target[0].length != image[0].length - kw + 1) {
            throw new IllegalArgumentException("the target must have the output's shape "
                    + (image.length - kh + 1) + "x" + (image[0].length - kw + 1));
        }
        double[][] kernel = new double[kh][];
        for (int p = 0; p < kh; p++) {
            kernel[p] = initialKernel[p].clone();
        }
        for (int step = 0; step < steps; step++) {
            double[][] y = Correlation.correlate(image, kernel);
            for (int i = 0; i < y.length; i++) {
                for (int j = 0; j < y[0].length; j++) {
                    y[i][j] -= target[i][j];
                }
            }
            double[][] gradient = kernelGradient(image, y);
            for (int p = 0; p < kh; p++) {
                for (int q = 0; q < kw; q++) {
                    kernel[p][q] -= rate * gradient[p][q];
                }
            }
        }
        return kernel;
    }
}
