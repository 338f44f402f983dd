import tangent.exercises.lesson08.Convolution2d;

/** Convolution flips the kernel, as in signal processing. */
public class Conv implements Convolution2d {

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        if (imageHeight < 1 || imageWidth < 1 || kernelHeight < 1 || kernelWidth < 1
                || kernelHeight > imageHeight || kernelWidth > imageWidth) {
            throw new IllegalArgumentException("kernel does not fit");
        }
        return new int[] {imageHeight - kernelHeight + 1, imageWidth - kernelWidth + 1};
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        Grid.check(kernel);
        int kh = kernel.length;
        int kw = kernel[0].length;
        double[][] flipped = new double[kh][kw];
        for (int p = 0; p < kh; p++) {
            for (int q = 0; q < kw; q++) {
                flipped[p][q] = kernel[kh - 1 - p][kw - 1 - q];
            }
        }
        return Grid.valid(image, flipped);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        return convolve(image, kernel);
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return convolve(image, new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    }
}
