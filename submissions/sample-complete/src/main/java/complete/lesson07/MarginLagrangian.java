package complete.lesson07;

import tangent.exercises.lesson07.SvmLagrangian;

/** The Lagrangian and its partials written out expanded; the stationary point by Gaussian elimination. */
public final class MarginLagrangian implements SvmLagrangian {

    @Override
    public String lagrangian(double[][] points, int[] labels) {
        validate(points, labels);
        StringBuilder text = new StringBuilder("a^2+b^2");
        for (int i = 0; i < points.length; i++) {
            text.append("+l").append(i + 1).append("*(").append(constraint(points[i], labels[i])).append(')');
        }
        return text.toString();
    }

    @Override
    public String[] partialDerivatives(double[][] points, int[] labels) {
        validate(points, labels);
        int n = points.length;
        String[] partials = new String[n + 3];
        StringBuilder[] abc = {new StringBuilder("2*a"), new StringBuilder("2*b"), new StringBuilder("0")};
        for (int i = 0; i < n; i++) {
            double[] coefficient = {labels[i] * points[i][0], labels[i] * points[i][1], labels[i]};
            for (int k = 0; k < 3; k++) {
                abc[k].append('+').append(number(coefficient[k])).append("*l").append(i + 1);
            }
            partials[3 + i] = constraint(points[i], labels[i]);
        }
        for (int k = 0; k < 3; k++) {
            partials[k] = abc[k].toString();
        }
        return partials;
    }

    @Override
    public double[] stationaryPoint(double[][] points, int[] labels, int[] active) {
        validate(points, labels);
        if (active == null) {
            throw new IllegalArgumentException("no active set");
        }
        int size = 3 + active.length;
        double[][] a = new double[size][size];
        double[] rhs = new double[size];
        a[0][0] = 2;
        a[1][1] = 2;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int j = 0; j < active.length; j++) {
            int i = active[j];
            if (i < 0 || i >= points.length || !seen.add(i)) {
                throw new IllegalArgumentException("bad active index " + i);
            }
            double[] row = {labels[i] * points[i][0], labels[i] * points[i][1], labels[i]};
            for (int k = 0; k < 3; k++) {
                a[k][3 + j] = row[k];
                a[3 + j][k] = row[k];
            }
            rhs[3 + j] = 1;
        }
        return gauss(a, rhs);
    }

    /** Forward elimination with partial pivoting, then back substitution. */
    private static double[] gauss(double[][] a, double[] b) {
        int n = b.length;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            for (int r = k + 1; r < n; r++) {
                if (Math.abs(a[r][k]) > Math.abs(a[pivot][k])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][k]) < 1e-9) {
                throw new IllegalArgumentException("the system has no unique solution");
            }
            double[] row = a[k];
            a[k] = a[pivot];
            a[pivot] = row;
            double t = b[k];
            b[k] = b[pivot];
            b[pivot] = t;
            for (int r = k + 1; r < n; r++) {
                double factor = a[r][k] / a[k][k];
                for (int c = k; c < n; c++) {
                    a[r][c] -= factor * a[k][c];
                }
                b[r] -= factor * b[k];
            }
        }
        double[] x = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            double sum = b[k];
            for (int c = k + 1; c < n; c++) {
                sum -= a[k][c] * x[c];
            }
            x[k] = sum / a[k][k];
        }
        return x;
    }

    /** t (x a + y b + c) - 1, expanded. */
    private static String constraint(double[] p, int t) {
        return number(t * p[0]) + "*a+" + number(t * p[1]) + "*b+" + number(t) + "*c-1";
    }

    private static String number(double v) {
        return "(" + (v == (long) v ? Long.toString((long) v) : Double.toString(v)) + ")";
    }

    static void validate(double[][] points, int[] labels) {
        if (points == null || labels == null || points.length == 0 || points.length != labels.length) {
            throw new IllegalArgumentException("one label per point, at least one point");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("points are {x, y}");
            }
            if (Math.abs(labels[i]) != 1) {
                throw new IllegalArgumentException("labels are -1 or +1");
            }
        }
    }
}
