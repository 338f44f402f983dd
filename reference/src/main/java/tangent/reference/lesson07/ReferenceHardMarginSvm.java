package tangent.reference.lesson07;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import tangent.exercises.lesson07.HardMarginSvm;

/**
 * The hard-margin line by the text's method: for every set of 2 or 3 constraints with both classes
 * among them, the Lagrangian's stationary point with those constraints active (LU decomposition);
 * the feasible one of least a^2 + b^2 is the solution. Exact in the plane, because the solution's
 * multipliers can always be carried by at most 3 active constraints (Caratheodory), and every
 * feasible stationary point has an objective at least the optimum's.
 */
public final class ReferenceHardMarginSvm implements HardMarginSvm {

    /** How far below 1 a constraint value may fall by rounding and still count as satisfied. */
    static final double FEASIBLE = 1e-9;

    private final ReferenceSvmLagrangian lagrangian = new ReferenceSvmLagrangian();

    @Override
    public double[] fit(double[][] points, int[] labels) {
        PointSets.requireLabelled(points, labels);
        if (IntStream.of(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("both classes, -1 and +1, must be present");
        }
        double[] best = null;
        for (int[] active : activeSets(points.length)) {
            double[] candidate = candidate(points, labels, active);
            if (candidate != null && (best == null || objective(candidate) < objective(best))) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no line separates these two classes");
        }
        return new double[] {best[0], best[1], best[2]};
    }

    /** The stationary point for this active set, or null when it is singular, one-class or infeasible. */
    private double[] candidate(double[][] points, int[] labels, int[] active) {
        if (IntStream.of(active).map(i -> labels[i]).distinct().count() < 2) {
            return null;
        }
        double[] solution;
        try {
            solution = lagrangian.stationaryPoint(points, labels, active);
        } catch (IllegalArgumentException singular) {
            return null;
        }
        for (int i = 0; i < points.length; i++) {
            if (!(PointSets.constraintValue(solution, points[i], labels[i]) >= 1 - FEASIBLE)) {
                return null;
            }
        }
        return solution;
    }

    private static double objective(double[] line) {
        return line[0] * line[0] + line[1] * line[1];
    }

    /** Every set of 2 or 3 indices out of n. */
    private static List<int[]> activeSets(int n) {
        List<int[]> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sets.add(new int[] {i, j});
                for (int k = j + 1; k < n; k++) {
                    sets.add(new int[] {i, j, k});
                }
            }
        }
        return sets;
    }
}
