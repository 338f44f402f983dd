package tangent.suites.lesson04;

import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Smooth vector functions R^n -&gt; R^m for the hidden tests, written once in
 * {@link DerivativeStructure}s, so their values and exact Jacobians both come from Commons Math's
 * automatic differentiation.
 */
final class VectorFunctions {

    private VectorFunctions() {
    }

    /**
     * A vector function of {@code in} inputs and {@code out} outputs.
     *
     * @param name a short description for feedback
     * @param f    the function on derivative structures (any number of parameters and any order)
     */
    record Link(String name, int in, int out, UnaryOperator<DerivativeStructure[]> f) {

        double[] value(double[] a) {
            check(a);
            DerivativeStructure[] x = new DerivativeStructure[in];
            for (int j = 0; j < in; j++) {
                x[j] = new DerivativeStructure(in, 0, j, a[j]);
            }
            DerivativeStructure[] y = f.apply(x);
            double[] values = new double[out];
            for (int i = 0; i < out; i++) {
                values[i] = y[i].getValue();
            }
            return values;
        }

        /** The exact m x n Jacobian at a. */
        double[][] jacobian(double[] a) {
            check(a);
            DerivativeStructure[] x = new DerivativeStructure[in];
            for (int j = 0; j < in; j++) {
                x[j] = new DerivativeStructure(in, 1, j, a[j]);
            }
            DerivativeStructure[] y = f.apply(x);
            double[][] jacobian = new double[out][in];
            for (int i = 0; i < out; i++) {
                for (int j = 0; j < in; j++) {
                    int[] orders = new int[in];
                    orders[j] = 1;
                    jacobian[i][j] = y[i].getPartialDerivative(orders);
                }
            }
            return jacobian;
        }

        private void check(double[] a) {
            if (a.length != in) {
                throw new IllegalArgumentException(name + " takes " + in + " inputs, got " + a.length);
            }
        }

        /** This link after {@code inner}: a -&gt; this(inner(a)). */
        Link after(Link inner) {
            if (inner.out != in) {
                throw new IllegalArgumentException("cannot chain " + name + " after " + inner.name);
            }
            return new Link(name + " o " + inner.name, inner.in, out, x -> f.apply(inner.f.apply(x)));
        }
    }

    /**
     * A random smooth link: output i is sin(w_i . a + b_i) + 0.5 (v_i . a)^2 with weights in [-1, 1].
     * Along one input its third derivative is at most |w_ij|^3 &lt;= 1 (the square contributes none),
     * which bounds the central difference's error by h^2 / 6.
     */
    static Link random(RandomGenerator random, int in, int out) {
        double[][] w = matrix(random, out, in);
        double[][] v = matrix(random, out, in);
        double[] b = new double[out];
        for (int i = 0; i < out; i++) {
            b[i] = random.nextDouble() * 2 - 1;
        }
        return new Link("a random map R^" + in + " -> R^" + out, in, out, x -> {
            DerivativeStructure[] y = new DerivativeStructure[out];
            for (int i = 0; i < out; i++) {
                DerivativeStructure s = x[0].getField().getZero().add(b[i]);
                DerivativeStructure q = x[0].getField().getZero();
                for (int j = 0; j < in; j++) {
                    s = s.add(x[j].multiply(w[i][j]));
                    q = q.add(x[j].multiply(v[i][j]));
                }
                y[i] = s.sin().add(q.pow(2).multiply(0.5));
            }
            return y;
        });
    }

    static double[] point(RandomGenerator random, int n, double radius) {
        double[] a = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = (random.nextDouble() * 2 - 1) * radius;
        }
        return a;
    }

    private static double[][] matrix(RandomGenerator random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                m[r][c] = random.nextDouble() * 2 - 1;
            }
        }
        return m;
    }
}
