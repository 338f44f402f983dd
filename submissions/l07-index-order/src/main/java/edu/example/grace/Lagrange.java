package edu.example.grace;

import tangent.exercises.lesson07.SvmLagrangian;

/**
 * The Lagrangian written term by term, its partial derivatives by hand (every term is linear in
 * each multiplier), and the stationary point by Gaussian elimination with partial pivoting.
 */
public class Lagrange implements SvmLagrangian {

    @Override
    public String lagrangian(double[][] points, int[] labels) {
        check(points, labels);
        StringBuilder s = new StringBuilder("a^2 + b^2");
        for (int i = 0; i < points.length; i++) {
            s.append(" + l").append(i + 1).append("*(").append(labels[i]).append("*(").append(num(points[i][0]))
                    .append("*a + ").append(num(points[i][1])).append("*b + c) - 1)");
        }
        return s.toString();
    }

    @Override
    public String[] partialDerivatives(double[][] points, int[] labels) {
        check(points, labels);
        int n = points.length;
        String[] d = new String[n + 3];
        StringBuilder da = new StringBuilder("2*a");
        StringBuilder db = new StringBuilder("2*b");
        StringBuilder dc = new StringBuilder("0");
        for (int i = 0; i < n; i++) {
            String l = "l" + (i + 1);
            da.append(" + ").append(num(labels[i] * points[i][0])).append("*").append(l);
            db.append(" + ").append(num(labels[i] * points[i][1])).append("*").append(l);
            dc.append(" + ").append(labels[i]).append("*").append(l);
            d[3 + i] = labels[i] + "*(" + num(points[i][0]) + "*a + " + num(points[i][1]) + "*b + c) - 1";
        }
        d[0] = da.toString();
        d[1] = db.toString();
        d[2] = dc.toString();
        return d;
    }

    @Override
    public double[] stationaryPoint(double[][] points, int[] labels, int[] active) {
        check(points, labels);
        int k = active.length;
        boolean[] seen = new boolean[points.length];
        for (int i : active) {
            if (i < 0 || i >= points.length || seen[i]) {
                throw new IllegalArgumentException("bad active index " + i);
            }
            seen[i] = true;
        }
        // Tidy: the active constraints in index order.
        int[] order = active.clone();
        java.util.Arrays.sort(order);
        int size = 3 + k;
        double[][] m = new double[size][size + 1];
        m[0][0] = 2;
        m[1][1] = 2;
        for (int j = 0; j < k; j++) {
            double x = points[order[j]][0];
            double y = points[order[j]][1];
            int t = labels[order[j]];
            m[0][3 + j] = t * x;
            m[1][3 + j] = t * y;
            m[2][3 + j] = t;
            m[3 + j][0] = t * x;
            m[3 + j][1] = t * y;
            m[3 + j][2] = t;
            m[3 + j][size] = 1;
        }
        return solve(m);
    }

    /** Solves the augmented system in place; a pivot below 1e-10 means no unique solution. */
    static double[] solve(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int best = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-10) {
                throw new IllegalArgumentException("singular system");
            }
            double[] tmp = m[col];
            m[col] = m[best];
            m[best] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    static void check(double[][] points, int[] labels) {
        if (points == null || labels == null || points.length == 0 || points.length != labels.length) {
            throw new IllegalArgumentException("points and labels do not match");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("point " + i + " is not {x, y}");
            }
            if (labels[i] != 1 && labels[i] != -1) {
                throw new IllegalArgumentException("label " + i + " must be -1 or +1");
            }
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? "(" + (long) v + ")" : "(" + java.math.BigDecimal.valueOf(v).toPlainString() + ")";
    }
}
