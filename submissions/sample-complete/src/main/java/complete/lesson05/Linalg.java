package complete.lesson05;

/** numpy's few matrix operations that backpropagation needs. */
final class Linalg {

    private Linalg() {
    }

    static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        if (a[0].length != k) {
            throw new IllegalArgumentException("shapes " + a.length + "x" + a[0].length + " and " + k + "x" + m);
        }
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                if (aip != 0) {
                    for (int j = 0; j < m; j++) {
                        c[i][j] += aip * b[p][j];
                    }
                }
            }
        }
        return c;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static double[] matvec(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != v.length) {
                throw new IllegalArgumentException("a row of " + a[i].length + " against a vector of " + v.length);
            }
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** A copy that insists on a non-empty rectangle. */
    static double[][] rectangle(double[][] a, String name) {
        if (a == null || a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (double[] row : a) {
            if (row == null || row.length != a[0].length) {
                throw new IllegalArgumentException(name + " is ragged");
            }
        }
        return copy(a);
    }
}
