package ana.conv;

import tangent.exercises.lesson08.Convolution2d;

/** The "valid" 2-D convolution of CNNs (really cross-correlation) and the true, flipped one. */
public class SlidingConvolution implements Convolution2d {

    /** The text's Sobel X kernel; it reacts to brightness changes across columns. */
    private static final double[][] SOBEL_X = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        if (imageHeight < 1 || imageWidth < 1 || kernelHeight < 1 || kernelWidth < 1) {
            throw new IllegalArgumentException("all sizes must be at least 1");
        }
        if (kernelHeight > imageHeight || kernelWidth > imageWidth) {
            throw new IllegalArgumentException("the kernel does not fit in the image");
        }
        return new int[] {imageHeight - kernelHeight + 1, imageWidth - kernelWidth + 1};
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        check(image, kernel);
        return MatrixChecks.correlateValid(image, kernel);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        check(image, kernel);
        // rotating the kernel by 180 degrees turns correlation into convolution
        int kh = kernel.length;
        int kw = kernel[0].length;
        double[][] rotated = new double[kh][kw];
        for (int p = 0; p < kh; p++) {
            for (int q = 0; q < kw; q++) {
                rotated[p][q] = kernel[kh - 1 - p][kw - 1 - q];
            }
        }
        return MatrixChecks.correlateValid(image, rotated);
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return convolve(image, SOBEL_X);
    }

    private static void check(double[][] image, double[][] kernel) {
        MatrixChecks.requireRectangular(image, "image");
        MatrixChecks.requireRectangular(kernel, "kernel");
        MatrixChecks.requireFits(image, kernel, "kernel");
    }
}
