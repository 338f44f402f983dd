package ana.conv;

/** Shared checks and small helpers for the matrices (arrays of rows) of lesson 8. */
final class MatrixChecks {

    private MatrixChecks() {
    }

    /** Throws unless m is non-null, non-empty and rectangular with non-empty rows. */
    static void requireRectangular(double[][] m, String name) {
        if (m == null || m.length == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty matrix");
        }
        if (m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException(name + " has an empty first row");
        }
        int width = m[0].length;
        for (int r = 1; r < m.length; r++) {
            if (m[r] == null || m[r].length != width) {
                throw new IllegalArgumentException(name + " is ragged: row " + r + " differs from row 0");
            }
        }
    }

    static int rows(double[][] m) {
        return m.length;
    }

    static int cols(double[][] m) {
        return m[0].length;
    }

    /** Throws unless the kernel-sized matrix fits inside the image-sized one. */
    static void requireFits(double[][] image, double[][] kernel, String what) {
        if (rows(kernel) > rows(image) || cols(kernel) > cols(image)) {
            throw new IllegalArgumentException(what + " (" + rows(kernel) + " x " + cols(kernel)
                    + ") is larger than the image (" + rows(image) + " x " + cols(image) + ")");
        }
    }

    /** Cross-correlation, valid part only: out[i][j] = sum X[i+p][j+q] K[p][q]. Inputs already checked. */
    static double[][] correlateValid(double[][] image, double[][] kernel) {
        int kh = rows(kernel);
        int kw = cols(kernel);
        int oh = rows(image) - kh + 1;
        int ow = cols(image) - kw + 1;
        double[][] out = new double[oh][ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double sum = 0;
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        sum += image[i + p][j + q] * kernel[p][q];
                    }
                }
                out[i][j] = sum;
            }
        }
        return out;
    }
}
