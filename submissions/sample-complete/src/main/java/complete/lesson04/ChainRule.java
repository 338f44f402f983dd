package complete.lesson04;

import tangent.exercises.lesson04.MultivariateChainRule;

public class ChainRule implements MultivariateChainRule {

    @Override
    public double totalDerivative(double[] gradient, double[] velocity) {
        if (gradient == null || velocity == null || gradient.length == 0 || gradient.length != velocity.length) {
            throw new IllegalArgumentException("gradient and velocity need the same non-zero length");
        }
        double total = 0;
        for (int i = 0; i < gradient.length; i++) {
            total += gradient[i] * velocity[i];
        }
        return total;
    }

    @Override
    public double[][] chain(double[][]... jacobians) {
        if (jacobians == null || jacobians.length == 0) {
            throw new IllegalArgumentException("nothing to chain");
        }
        for (double[][] m : jacobians) {
            rectangular(m);
        }
        double[][] result = jacobians[0];
        for (int k = 1; k < jacobians.length; k++) {
            double[][] next = jacobians[k];
            if (result[0].length != next.length) {
                throw new IllegalArgumentException("link " + k + " does not fit: " + result[0].length + " columns, "
                        + next.length + " rows");
            }
            double[][] product = new double[result.length][next[0].length];
            for (int i = 0; i < result.length; i++) {
                for (int m = 0; m < next.length; m++) {
                    for (int j = 0; j < next[0].length; j++) {
                        product[i][j] += result[i][m] * next[m][j];
                    }
                }
            }
            result = product;
        }
        return result == jacobians[0] ? copy(result) : result;
    }

    private static void rectangular(double[][] m) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException("empty Jacobian");
        }
        for (double[] row : m) {
            if (row == null || row.length != m[0].length) {
                throw new IllegalArgumentException("ragged Jacobian");
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
