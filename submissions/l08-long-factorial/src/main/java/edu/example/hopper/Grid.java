package edu.example.hopper;

/** Shape checks shared by the convolution classes. */
final class Grid {

    private Grid() {
    }

    static void check(double[][] m) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException("empty matrix");
        }
        for (double[] row : m) {
            if (row == null || row.length != m[0].length) {
                throw new IllegalArgumentException("ragged matrix");
            }
        }
    }

    /** The text's convolve2d: output[i][j] = sum(image[i:i+kh, j:j+kw] * kernel). */
    static double[][] valid(double[][] image, double[][] kernel) {
        check(image);
        check(kernel);
        int oh = image.length - kernel.length + 1;
        int ow = image[0].length - kernel[0].length + 1;
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException("kernel larger than image");
        }
        double[][] out = new double[oh][ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                for (int p = 0; p < kernel.length; p++) {
                    for (int q = 0; q < kernel[0].length; q++) {
                        out[i][j] += image[i + p][j + q] * kernel[p][q];
                    }
                }
            }
        }
        return out;
    }
}
