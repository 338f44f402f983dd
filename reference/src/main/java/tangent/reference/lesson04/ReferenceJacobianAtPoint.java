package tangent.reference.lesson04;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.function.Sigmoid;
import tangent.exercises.lesson04.JacobianAtPoint;

/**
 * Jacobians by Commons Math's automatic differentiation: each output is a
 * {@link DerivativeStructure} in all inputs, and row i is its gradient. Commons Math's sigmoid
 * stays finite far out, so S'(+-800) is 0.
 */
public final class ReferenceJacobianAtPoint implements JacobianAtPoint {

    private static final Sigmoid SIGMOID = new Sigmoid();

    @Override
    public double[][] productPair(double x, double y) {
        DerivativeStructure dx = new DerivativeStructure(2, 1, 0, x);
        DerivativeStructure dy = new DerivativeStructure(2, 1, 1, y);
        return rows(2, dx.multiply(dy).multiply(2), dx.pow(2).multiply(dy));
    }

    @Override
    public double[][] sigmoidLayer(double[][] weights, double[] input) {
        if (weights == null || weights.length == 0 || input == null || input.length == 0) {
            throw new IllegalArgumentException("weights and input must be non-empty");
        }
        int n = input.length;
        DerivativeStructure[] a = new DerivativeStructure[n];
        for (int j = 0; j < n; j++) {
            a[j] = new DerivativeStructure(n, 1, j, input[j]);
        }
        DerivativeStructure[] outputs = new DerivativeStructure[weights.length];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == null || weights[i].length != n) {
                throw new IllegalArgumentException("weight row " + i + " must have " + n
                        + " entries, one per input");
            }
            DerivativeStructure z = a[0].getField().getZero();
            for (int j = 0; j < n; j++) {
                z = z.add(a[j].multiply(weights[i][j]));
            }
            outputs[i] = SIGMOID.value(z);
        }
        return rows(n, outputs);
    }

    /** The Jacobian whose row i is the gradient of output i in n inputs. */
    static double[][] rows(int n, DerivativeStructure... outputs) {
        double[][] jacobian = new double[outputs.length][n];
        for (int i = 0; i < outputs.length; i++) {
            for (int j = 0; j < n; j++) {
                int[] orders = new int[n];
                orders[j] = 1;
                jacobian[i][j] = outputs[i].getPartialDerivative(orders);
            }
        }
        return jacobian;
    }
}
