package tangent.reference.lesson05;

/** The few matrix operations the reference networks need, on {@code double[row][column]}. */
final class NetworkMatrices {

    private NetworkMatrices() {
    }

    /** A copy of a non-empty rectangular matrix, refusing anything else. */
    static double[][] copy(double[][] m, String name) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row and one column");
        }
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null || m[i].length != m[0].length) {
                throw new IllegalArgumentException(name + " is ragged: row " + i + " differs in length from row 0");
            }
            copy[i] = m[i].clone();
        }
        return copy;
    }

    /** A copy of rows of any lengths (the bias rows of a network). */
    static double[][] copyRows(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    static double[][][] copy(double[][][] ms) {
        double[][][] copy = new double[ms.length][][];
        for (int l = 0; l < ms.length; l++) {
            copy[l] = copy(ms[l], "matrix " + l);
        }
        return copy;
    }

    /** m p, for m (r x k) and p (k x c). */
    static double[][] times(double[][] m, double[][] p) {
        if (m[0].length != p.length) {
            throw new IllegalArgumentException("cannot multiply " + m.length + "x" + m[0].length + " by "
                    + p.length + "x" + p[0].length);
        }
        double[][] product = new double[m.length][p[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int k = 0; k < p.length; k++) {
                double mik = m[i][k];
                for (int j = 0; j < p[0].length; j++) {
                    product[i][j] += mik * p[k][j];
                }
            }
        }
        return product;
    }

    /** m v, for m (r x k) and a column vector v of length k. */
    static double[] times(double[][] m, double[] v) {
        double[] product = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != v.length) {
                throw new IllegalArgumentException("row " + i + " of a matrix has " + m[i].length
                        + " entries but the vector has " + v.length);
            }
            for (int k = 0; k < v.length; k++) {
                product[i] += m[i][k] * v[k];
            }
        }
        return product;
    }

    static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    static double[][] scale(double[][] m, double factor) {
        double[][] scaled = new double[m.length][m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                scaled[i][j] = m[i][j] * factor;
            }
        }
        return scaled;
    }

    static double[] columnMeans(double[][] m) {
        double[] means = new double[m[0].length];
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < means.length; j++) {
            means[j] /= m.length;
        }
        return means;
    }
}
