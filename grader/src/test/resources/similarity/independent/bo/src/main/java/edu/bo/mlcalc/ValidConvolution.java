package edu.bo.mlcalc;

import tangent.exercises.lesson08.Convolution2d;

/** Valid 2-D convolution: the ML kind (cross-correlation) and the signal-processing kind (kernel rotated). */
public class ValidConvolution implements Convolution2d {

    private static final double[][] SOBEL_X = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        return new Matrix.Shape(imageHeight, imageWidth)
                .validOutput(new Matrix.Shape(kernelHeight, kernelWidth))
                .toArray();
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        return Matrix.correlate(image, kernel);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        Matrix.shapeOf(image, "image");
        return Matrix.correlate(image, Matrix.rotate180(kernel));
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return Matrix.correlate(image, SOBEL_X);
    }
}
