package student;

import tangent.exercises.lesson08.Convolution2d;

/** Lesson 08: 2-D valid convolution. The task is in the Javadoc of Convolution2d. */
public class MyConvolution2d implements Convolution2d {

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] sobelX(double[][] image) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
