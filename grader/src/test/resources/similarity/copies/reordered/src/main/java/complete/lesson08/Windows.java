package complete.lesson08;

/** Shape checks, and the sum of products of a window of a with all of b, at every position. */
final class Windows {

    static double[][] rotate(double[][] k) {
        int h = rows(k, "the kernel");
        double[][] r = new double[h][];
        for (int p = 0; p < h; p++) {
            double[] row = new double[k[p].length];
            for (int q = 0; q < row.length; q++) {
                row[q] = k[h - 1 - p][row.length - 1 - q];
            }
            r[p] = row;
        }
        return r;
    }

    static double[][] slide(double[][] a, double[][] b) {
        int ah = rows(a, "the image");
        int bh = rows(b, "the kernel");
        int bw = b[0].length;
        int aw = a[0].length;
        if (bw > aw || bh > ah) {
            throw new IllegalArgumentException("the kernel is larger than the image");
        }
        double[][] out = new double[ah - bh + 1][aw - bw + 1];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                double s = 0;
                for (int p = 0; p < bh; p++) {
                    double[] brow = b[p];
                    double[] arow = a[i + p];
                    for (int q = 0; q < bw; q++) {
                        s += arow[j + q] * brow[q];
                    }
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    private Windows() {
    }

    static int rows(double[][] m, String name) {
        if (m == null || m.length == 0) {
            throw new IllegalArgumentException(name + " has no rows");
        }
        for (double[] row : m) {
            if (row == null || row.length == 0 || row.length != m[0].length) {
                throw new IllegalArgumentException(name + " is empty or ragged");
            }
        }
        return m.length;
    }
}
