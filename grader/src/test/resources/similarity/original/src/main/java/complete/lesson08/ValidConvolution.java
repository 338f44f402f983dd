package complete.lesson08;

import tangent.exercises.lesson08.Convolution2d;

public class ValidConvolution implements Convolution2d {

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        if (Math.min(Math.min(imageHeight, imageWidth), Math.min(kernelHeight, kernelWidth)) < 1) {
            throw new IllegalArgumentException("sizes must be at least 1");
        }
        if (kernelHeight > imageHeight || kernelWidth > imageWidth) {
            throw new IllegalArgumentException("the kernel does not fit");
        }
        return new int[] {imageHeight - kernelHeight + 1, imageWidth - kernelWidth + 1};
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        return Windows.slide(image, kernel);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        return Windows.slide(image, Windows.rotate(kernel));
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return Windows.slide(image, new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    }
}
