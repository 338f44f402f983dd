package tangent.reference.lesson07;

import java.util.stream.IntStream;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import tangent.cas.Cas;
import tangent.exercises.lesson07.SvmLagrangian;

/**
 * The text's Lagrangian built as exact symja text, its partial derivatives from symja, and its
 * stationary point for a given active set solved with Commons Math's LU decomposition.
 */
public final class ReferenceSvmLagrangian implements SvmLagrangian {

    /** Pivots below this make the system singular (the data are of order 1 to 10). */
    private static final double SINGULAR = 1e-10;

    @Override
    public String lagrangian(double[][] points, int[] labels) {
        PointSets.requireLabelled(points, labels);
        StringBuilder text = new StringBuilder("a^2 + b^2");
        for (int i = 0; i < points.length; i++) {
            text.append(" + l").append(i + 1).append("*(").append(labels[i]).append("*(")
                    .append(PointSets.exact(points[i][0])).append("*a + ")
                    .append(PointSets.exact(points[i][1])).append("*b + c) - 1)");
        }
        return text.toString();
    }

    @Override
    public String[] partialDerivatives(double[][] points, int[] labels) {
        String lagrangian = lagrangian(points, labels);
        return IntStream.range(0, points.length + 3)
                .mapToObj(k -> Cas.derivative(lagrangian, variable(k)))
                .toArray(String[]::new);
    }

    /** The k-th variable of the Lagrangian: a, b, c, l1, l2, .... */
    public static String variable(int k) {
        return k < 3 ? String.valueOf((char) ('a' + k)) : "l" + (k - 2);
    }

    @Override
    public double[] stationaryPoint(double[][] points, int[] labels, int[] active) {
        PointSets.requireLabelled(points, labels);
        if (active == null) {
            throw new IllegalArgumentException("give the active constraints' indices");
        }
        if (IntStream.of(active).anyMatch(i -> i < 0 || i >= points.length)
                || IntStream.of(active).distinct().count() != active.length) {
            throw new IllegalArgumentException("active indices must be distinct and between 0 and " + (points.length - 1));
        }
        int k = active.length;
        RealMatrix system = MatrixUtils.createRealMatrix(3 + k, 3 + k);
        double[] right = new double[3 + k];
        system.setEntry(0, 0, 2); // dL/da = 2a + sum l_j t_j x_j
        system.setEntry(1, 1, 2); // dL/db = 2b + sum l_j t_j y_j
        for (int j = 0; j < k; j++) {
            double[] p = points[active[j]];
            int t = labels[active[j]];
            system.setEntry(0, 3 + j, t * p[0]);
            system.setEntry(1, 3 + j, t * p[1]);
            system.setEntry(2, 3 + j, t); // dL/dc = sum l_j t_j
            system.setEntry(3 + j, 0, t * p[0]); // t_j (a x_j + b y_j + c) = 1
            system.setEntry(3 + j, 1, t * p[1]);
            system.setEntry(3 + j, 2, t);
            right[3 + j] = 1;
        }
        DecompositionSolver solver = new LUDecomposition(system, SINGULAR).getSolver();
        if (!solver.isNonSingular()) {
            throw new IllegalArgumentException("these active constraints do not determine a unique stationary point");
        }
        return solver.solve(new ArrayRealVector(right, false)).toArray();
    }
}
