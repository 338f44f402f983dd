package edu.example.hopper;

import tangent.exercises.lesson08.Convolution2d;

/** Valid cross-correlation as in the text, and true convolution with the kernel turned around. */
public class Conv implements Convolution2d {

    @Override
    public int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth) {
        if (imageHeight < 1 || imageWidth < 1 || kernelHeight < 1 || kernelWidth < 1) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        if (kernelHeight > imageHeight || kernelWidth > imageWidth) {
            throw new IllegalArgumentException("kernel larger than image");
        }
        return new int[] {imageHeight - kernelHeight + 1, imageWidth - kernelWidth + 1};
    }

    @Override
    public double[][] convolve(double[][] image, double[][] kernel) {
        return Grid.valid(image, kernel);
    }

    @Override
    public double[][] trueConvolve(double[][] image, double[][] kernel) {
        Grid.check(kernel);
        int h = kernel.length;
        int w = kernel[0].length;
        double[][] turned = new double[h][w];
        for (int p = 0; p < h; p++) {
            for (int q = 0; q < w; q++) {
                turned[h - 1 - p][w - 1 - q] = kernel[p][q];
            }
        }
        return Grid.valid(image, turned);
    }

    @Override
    public double[][] sobelX(double[][] image) {
        return Grid.valid(image, new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    }
}
