package student;

import tangent.exercises.lesson08.ConvolutionGradient;

/** Lesson 08: gradient of a convolution. The task is in the Javadoc of ConvolutionGradient. */
public class MyConvolutionGradient implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] image, double[][] upstream) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] imageGradient(double[][] kernel, double[][] upstream) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
