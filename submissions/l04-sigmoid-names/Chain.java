import tangent.exercises.lesson04.MultivariateChainRule;

public class Chain implements MultivariateChainRule {

    @Override
    public double totalDerivative(double[] gradient, double[] velocity) {
        if (gradient == null || velocity == null || gradient.length == 0 || gradient.length != velocity.length) {
            throw new IllegalArgumentException("gradient and velocity must match");
        }
        double sum = 0;
        for (int i = 0; i < gradient.length; i++) {
            sum += gradient[i] * velocity[i];
        }
        return sum;
    }

    @Override
    public double[][] chain(double[][]... jacobians) {
        if (jacobians == null || jacobians.length == 0) {
            throw new IllegalArgumentException("no Jacobians");
        }
        double[][] product = checked(jacobians[0]);
        for (int k = 1; k < jacobians.length; k++) {
            product = times(product, checked(jacobians[k]));
        }
        // One link alone is its own product, but the answer must still be a new matrix.
        return jacobians.length == 1 ? java.util.Arrays.stream(product).map(double[]::clone).toArray(double[][]::new) : product;
    }

    private static double[][] checked(double[][] m) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException("empty matrix");
        }
        for (double[] row : m) {
            if (row == null || row.length != m[0].length) {
                throw new IllegalArgumentException("ragged matrix");
            }
        }
        return m;
    }

    private static double[][] times(double[][] a, double[][] b) {
        if (a[0].length != b.length) {
            throw new IllegalArgumentException(a.length + "x" + a[0].length + " times " + b.length + "x" + b[0].length);
        }
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
