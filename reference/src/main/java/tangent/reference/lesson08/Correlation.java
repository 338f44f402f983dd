package tangent.reference.lesson08;

/** Shape checks and the two sums the lesson is made of: valid cross-correlation and its transpose. */
public final class Correlation {

    private Correlation() {
    }

    /** The matrix, after checking that it is non-null, non-empty, rectangular and finite-sized. */
    public static double[][] rectangular(String name, double[][] m) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row and one column");
        }
        for (int r = 0; r < m.length; r++) {
            if (m[r] == null || m[r].length != m[0].length) {
                throw new IllegalArgumentException(name + " is not rectangular: row " + r + " differs from row 0");
            }
        }
        return m;
    }

    /** Valid cross-correlation: Y[i][j] = sum of X[i + p][j + q] K[p][q]. */
    public static double[][] correlate(double[][] image, double[][] kernel) {
        rectangular("the image", image);
        rectangular("the kernel", kernel);
        int kh = kernel.length;
        int kw = kernel[0].length;
        if (kh > image.length || kw > image[0].length) {
            throw new IllegalArgumentException("the " + kh + "x" + kw + " kernel does not fit in the "
                    + image.length + "x" + image[0].length + " image");
        }
        double[][] out = new double[image.length - kh + 1][image[0].length - kw + 1];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[0].length; j++) {
                double total = 0;
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        total += image[i + p][j + q] * kernel[p][q];
                    }
                }
                out[i][j] = total;
            }
        }
        return out;
    }

    /** The kernel rotated by 180 degrees. */
    public static double[][] rotated(double[][] kernel) {
        rectangular("the kernel", kernel);
        int h = kernel.length;
        int w = kernel[0].length;
        double[][] out = new double[h][w];
        for (int p = 0; p < h; p++) {
            for (int q = 0; q < w; q++) {
                out[p][q] = kernel[h - 1 - p][w - 1 - q];
            }
        }
        return out;
    }

    /** The transpose of correlation with K, applied to G: dX[r][c] = sum of G[i][j] K[r - i][c - j]. */
    public static double[][] spreadBack(double[][] kernel, double[][] upstream) {
        rectangular("the kernel", kernel);
        rectangular("the upstream gradient", upstream);
        int kh = kernel.length;
        int kw = kernel[0].length;
        double[][] out = new double[upstream.length + kh - 1][upstream[0].length + kw - 1];
        for (int i = 0; i < upstream.length; i++) {
            for (int j = 0; j < upstream[0].length; j++) {
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        out[i + p][j + q] += upstream[i][j] * kernel[p][q];
                    }
                }
            }
        }
        return out;
    }
}
