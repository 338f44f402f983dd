package hw.week8;

/** Shape checks, and the sum of products of a window of src with all of mask, at every position. */
final class GridOps {

    private GridOps() {
    }

    static int checkRows(double[][] matrix, String what) {
        if (matrix == null || matrix.length == 0) {
            throw new IllegalArgumentException(what + " has no rows");
        }
        for (double[] line : matrix) {
            if (line == null || line.length == 0 || line.length != matrix[0].length) {
                throw new IllegalArgumentException(what + " is empty or ragged");
            }
        }
        return matrix.length;
    }

    static double[][] correlate(double[][] src, double[][] mask) {
        int srcRows = checkRows(src, "the image");
        int maskRows = checkRows(mask, "the kernel");
        int srcCols = src[0].length;
        int maskCols = mask[0].length;
        if (maskRows > srcRows || maskCols > srcCols) {
            throw new IllegalArgumentException("the kernel is larger than the image");
        }
        double[][] res = new double[srcRows - maskRows + 1][srcCols - maskCols + 1];
        for (int oy = 0; oy < res.length; oy++) {
            for (int ox = 0; ox < res[oy].length; ox++) {
                double acc = 0;
                for (int dr = 0; dr < maskRows; dr++) {
                    double[] srcLine = src[oy + dr];
                    double[] maskLine = mask[dr];
                    for (int dc = 0; dc < maskCols; dc++) {
                        acc += srcLine[ox + dc] * maskLine[dc];
                    }
                }
                res[oy][ox] = acc;
            }
        }
        return res;
    }

    static double[][] flip(double[][] mask) {
        int rowsCount = checkRows(mask, "the kernel");
        double[][] flipped = new double[rowsCount][];
        for (int oy = 0; oy < rowsCount; oy++) {
            double[] line = new double[mask[oy].length];
            for (int ox = 0; ox < line.length; ox++) {
                line[ox] = mask[rowsCount - 1 - oy][line.length - 1 - ox];
            }
            flipped[oy] = line;
        }
        return flipped;
    }
}
