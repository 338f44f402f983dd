package edu.bo.mlcalc;

import tangent.exercises.lesson08.ConvolutionGradient;

/** Gradients of Y = correlate(X, K) with respect to K and to X, and kernel fitting by gradient descent. */
public class ConvolutionBackprop implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] image, double[][] upstream) {
        // dL/dK[p][q] = sum G[i][j] X[i + p][j + q]: X correlated with G
        Matrix.shapeOf(image, "image");
        Matrix.shapeOf(upstream, "upstream");
        return Matrix.correlate(image, upstream);
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth) {
        Matrix.Shape out = Matrix.shapeOf(image, "image").validOutput(new Matrix.Shape(kernelHeight, kernelWidth));
        return Matrix.correlate(image, Matrix.filled(out, 1));
    }

    @Override
    public double[][] imageGradient(double[][] kernel, double[][] upstream) {
        Matrix.Shape k = Matrix.shapeOf(kernel, "kernel");
        Matrix.Shape g = Matrix.shapeOf(upstream, "upstream");
        Matrix.Shape image = new Matrix.Shape(g.rows() + k.rows() - 1, g.cols() + k.cols() - 1);
        // dL/dX[r][c] = sum over the outputs (i, j) whose window covers (r, c) of G[i][j] K[r - i][c - j]
        return Matrix.build(image, (r, c) -> Matrix.clampedRange(r - k.rows() + 1, r, g.rows())
                .mapToDouble(i -> Matrix.clampedRange(c - k.cols() + 1, c, g.cols())
                        .mapToDouble(j -> upstream[i][j] * kernel[r - i][c - j])
                        .sum())
                .sum());
    }

    @Override
    public double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps) {
        Matrix.Shape out = Matrix.shapeOf(image, "image").validOutput(Matrix.shapeOf(initialKernel, "initialKernel"));
        Require.that(Matrix.shapeOf(target, "target").equals(out),
                "the target must have the output's shape " + out);
        Require.nonNegative(rate, "rate");
        Require.atLeast(steps, 0, "steps");
        double[][] kernel = Matrix.copy(initialKernel);
        for (int step = 0; step < steps; step++) {
            double[][] residual = Matrix.plusScaled(Matrix.correlate(image, kernel), -1, target);
            kernel = Matrix.plusScaled(kernel, -rate, kernelGradient(image, residual));
        }
        return kernel;
    }
}
