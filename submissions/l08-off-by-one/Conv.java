import tangent.exercises.lesson08.Convolution2d;

/** Slides the kernel over the image. */
public class Conv implements Convolution2d {

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        if (imageHeight < 1 || imageWidth < 1 || kernelHeight < 1 || kernelWidth < 1
                || kernelHeight > imageHeight || kernelWidth > imageWidth) {
            throw new IllegalArgumentException("kernel does not fit");
        }
        return new int[] {imageHeight - kernelHeight, imageWidth - kernelWidth};
    }

    private double[][] slide(double[][] image, double[][] kernel, boolean rotate) {
        Grid.check(image);
        Grid.check(kernel);
        int kh = kernel.length;
        int kw = kernel[0].length;
        int[] shape = outputShape(image.length, image[0].length, kh, kw);
        double[][] out = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        double k = rotate ? kernel[kh - 1 - p][kw - 1 - q] : kernel[p][q];
                        out[i][j] += image[i + p][j + q] * k;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        return slide(image, kernel, false);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        return slide(image, kernel, true);
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return slide(image, new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}}, false);
    }
}
