package tangent.reference.lesson08;

import tangent.exercises.lesson08.Convolution2d;

/** The text's convolve2d (cross-correlation) and true convolution, with the kernel rotated. */
public final class ReferenceConvolution2d implements Convolution2d {

    /** The text's Sobel X kernel. */
    public static final double[][] SOBEL_X = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        if (imageHeight < 1 || imageWidth < 1 || kernelHeight < 1 || kernelWidth < 1
                || kernelHeight > imageHeight || kernelWidth > imageWidth) {
            throw new IllegalArgumentException("a " + kernelHeight + "x" + kernelWidth + " kernel has no valid output on a "
                    + imageHeight + "x" + imageWidth + " image");
        }
        return new int[] {imageHeight - kernelHeight + 1, imageWidth - kernelWidth + 1};
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        return Correlation.correlate(image, kernel);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        return Correlation.correlate(image, Correlation.rotated(kernel));
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return Correlation.correlate(image, SOBEL_X);
    }
}
