package complete.lesson07;

import tangent.exercises.lesson07.HardMarginSvm;

/**
 * Active-set enumeration by bitmask: every set of 2 or 3 constraints with both classes, its
 * stationary point, and the feasible one with the smallest a^2 + b^2.
 */
public final class MaximumMarginLine implements HardMarginSvm {

    private final MarginLagrangian lagrangian = new MarginLagrangian();

    @Override
    public double[] fit(double[][] points, int[] labels) {
        MarginLagrangian.validate(points, labels);
        int n = points.length;
        if (n > 30) {
            throw new IllegalArgumentException("too many points for exhaustive search");
        }
        double[] best = null;
        for (int mask = 1; mask < 1 << n; mask++) {
            int size = Integer.bitCount(mask);
            if (size < 2 || size > 3) {
                continue;
            }
            int[] active = new int[size];
            int sum = 0;
            for (int i = 0, j = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    active[j++] = i;
                    sum += labels[i];
                }
            }
            if (Math.abs(sum) == size) {
                continue; // one class only
            }
            double[] s;
            try {
                s = lagrangian.stationaryPoint(points, labels, active);
            } catch (IllegalArgumentException singular) {
                continue;
            }
            if (feasible(s, points, labels) && (best == null || s[0] * s[0] + s[1] * s[1] < best[0] * best[0] + best[1] * best[1])) {
                best = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no separating line (or only one class)");
        }
        return new double[] {best[0], best[1], best[2]};
    }

    private static boolean feasible(double[] s, double[][] points, int[] labels) {
        for (int i = 0; i < points.length; i++) {
            if (labels[i] * (s[0] * points[i][0] + s[1] * points[i][1] + s[2]) < 1 - 1e-9) {
                return false;
            }
        }
        return true;
    }
}
