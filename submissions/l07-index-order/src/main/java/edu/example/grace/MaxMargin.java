package edu.example.grace;

import tangent.exercises.lesson07.HardMarginSvm;

/** Every active set of 2 or 3 constraints with both classes; the feasible one with the smallest a^2 + b^2 wins. */
public class MaxMargin implements HardMarginSvm {

    private final Lagrange lagrange = new Lagrange();

    @Override
    public double[] fit(double[][] points, int[] labels) {
        Lagrange.check(points, labels);
        boolean plus = false;
        boolean minus = false;
        for (int t : labels) {
            plus |= t == 1;
            minus |= t == -1;
        }
        if (!plus || !minus) {
            throw new IllegalArgumentException("need both classes");
        }
        int n = points.length;
        double[] best = null;
        double bestObjective = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j; k < n; k++) {
                    int[] active = k == j ? new int[] {i, j} : new int[] {i, j, k};
                    double[] w = tryActive(points, labels, active);
                    if (w != null && w[0] * w[0] + w[1] * w[1] < bestObjective) {
                        best = w;
                        bestObjective = w[0] * w[0] + w[1] * w[1];
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the classes are not linearly separable");
        }
        return best;
    }

    private double[] tryActive(double[][] points, int[] labels, int[] active) {
        boolean plus = false;
        boolean minus = false;
        for (int i : active) {
            plus |= labels[i] == 1;
            minus |= labels[i] == -1;
        }
        if (!plus || !minus) {
            return null;
        }
        double[] s;
        try {
            s = lagrange.stationaryPoint(points, labels, active);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (int i = 0; i < points.length; i++) {
            if (labels[i] * (s[0] * points[i][0] + s[1] * points[i][1] + s[2]) < 1 - 1e-9) {
                return null;
            }
        }
        return new double[] {s[0], s[1], s[2]};
    }
}
