package tangent.suites.lesson06;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import tangent.grader.check.Numbers;

/**
 * Smooth strictly convex test functions with their gradients, as {@code ConvexMinimizer}
 * promises them: curvature (every Hessian eigenvalue) between 0.5 and 50 everywhere, minimum
 * value at most about 20 in size. Bowls are 0.5 (x - t)^T A (x - t) + d with A = Q diag(curvatures)
 * Q^T for a random rotation Q (the Q of a Gaussian matrix's QR decomposition); the non-quadratic
 * ones add softplus terms log(1 + e^(u.x + v)), each adding at most |u|^2 / 4 &lt;= 0.16 to the
 * curvature.
 */
final class ConvexFunctions {

    private ConvexFunctions() {
    }

    /** A function, its gradient, and its minimizer when known in closed form (null otherwise). */
    record Convex(String name, ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] minimum) {
    }

    /** 0.5 (x - t)^T A (x - t) + d in n variables, curvatures drawn from [low, high]. */
    static Convex bowl(RandomGenerator random, int n, double low, double high) {
        double[] curvatures = new double[n];
        for (int i = 0; i < n; i++) {
            curvatures[i] = low + (high - low) * random.nextDouble();
        }
        return bowl(random, curvatures);
    }

    /** 0.5 (x - t)^T A (x - t) + d with exactly these curvatures in random directions. */
    static Convex bowl(RandomGenerator random, double[] curvatures) {
        int n = curvatures.length;
        double[][] a = hessian(random, curvatures);
        double[] t = uniform(random, n, -3, 3);
        double d = -3 + 6 * random.nextDouble();
        ToDoubleFunction<double[]> f = x -> 0.5 * quadraticForm(a, x, t) + d;
        UnaryOperator<double[]> gradient = x -> times(a, x, t);
        return new Convex("a bowl in " + n + " variable(s) with curvatures " + Numbers.show(rounded(curvatures))
                + ", lowest at " + Numbers.show(rounded(t)), f, gradient, t);
    }

    /** A bowl plus two softplus terms: smooth, strictly convex, not quadratic; its minimizer is not known in closed form. */
    static Convex softened(RandomGenerator random, int n) {
        Convex bowl = bowl(random, n, 0.5, 45);
        double[][] u = new double[2][];
        double[] v = new double[2];
        for (int j = 0; j < 2; j++) {
            u[j] = uniform(random, n, -0.8 / Math.sqrt(n), 0.8 / Math.sqrt(n));
            v[j] = -1 + 2 * random.nextDouble();
        }
        ToDoubleFunction<double[]> f = x -> {
            double sum = bowl.f().applyAsDouble(x);
            for (int j = 0; j < 2; j++) {
                sum += softplus(dot(u[j], x) + v[j]);
            }
            return sum;
        };
        UnaryOperator<double[]> gradient = x -> {
            double[] g = bowl.gradient().apply(x);
            for (int j = 0; j < 2; j++) {
                double s = sigmoid(dot(u[j], x) + v[j]);
                for (int i = 0; i < n; i++) {
                    g[i] += s * u[j][i];
                }
            }
            return g;
        };
        return new Convex(bowl.name().replace("a bowl", "a bowl plus two softplus terms"), f, gradient, null);
    }

    static double[] uniform(RandomGenerator random, int n, double low, double high) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = low + (high - low) * random.nextDouble();
        }
        return x;
    }

    private static double[][] hessian(RandomGenerator random, double[] curvatures) {
        int n = curvatures.length;
        double[][] gaussian = new double[n][n];
        for (double[] row : gaussian) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        RealMatrix q = new QRDecomposition(MatrixUtils.createRealMatrix(gaussian)).getQ();
        return q.multiply(MatrixUtils.createRealDiagonalMatrix(curvatures)).multiply(q.transpose()).getData();
    }

    private static double quadraticForm(double[][] a, double[] x, double[] t) {
        double[] g = times(a, x, t);
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += (x[i] - t[i]) * g[i];
        }
        return sum;
    }

    /** A (x - t). */
    private static double[] times(double[][] a, double[] x, double[] t) {
        double[] g = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t.length; j++) {
                g[i] += a[i][j] * (x[j] - t[j]);
            }
        }
        return g;
    }

    private static double dot(double[] u, double[] x) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * x[i];
        }
        return sum;
    }

    /** log(1 + e^z) without overflow. */
    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double[] rounded(double[] values) {
        double[] r = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = Math.round(values[i] * 1000) / 1000.0;
        }
        return r;
    }
}
