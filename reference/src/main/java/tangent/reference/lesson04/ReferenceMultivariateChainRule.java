package tangent.reference.lesson04;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import tangent.exercises.lesson04.MultivariateChainRule;

/** The dot product and the matrix products by Commons Math's linear algebra. */
public final class ReferenceMultivariateChainRule implements MultivariateChainRule {

    @Override
    public double totalDerivative(double[] gradient, double[] velocity) {
        if (gradient == null || velocity == null || gradient.length == 0 || gradient.length != velocity.length) {
            throw new IllegalArgumentException("the gradient and the velocity must be non-empty and of the same length");
        }
        return new ArrayRealVector(gradient).dotProduct(new ArrayRealVector(velocity));
    }

    @Override
    public double[][] chain(double[][]... jacobians) {
        if (jacobians == null || jacobians.length == 0) {
            throw new IllegalArgumentException("give at least one Jacobian");
        }
        RealMatrix product = matrix(jacobians[0], 0);
        for (int i = 1; i < jacobians.length; i++) {
            RealMatrix next = matrix(jacobians[i], i);
            if (product.getColumnDimension() != next.getRowDimension()) {
                throw new IllegalArgumentException("Jacobian " + i + " has " + next.getRowDimension()
                        + " rows, but the product so far has " + product.getColumnDimension() + " columns");
            }
            product = product.multiply(next);
        }
        return product.getData();
    }

    private static RealMatrix matrix(double[][] entries, int index) {
        if (entries == null || entries.length == 0 || entries[0] == null || entries[0].length == 0) {
            throw new IllegalArgumentException("Jacobian " + index + " is null or empty");
        }
        for (double[] row : entries) {
            if (row == null || row.length != entries[0].length) {
                throw new IllegalArgumentException("Jacobian " + index + " is ragged");
            }
        }
        return new Array2DRowRealMatrix(entries, true);
    }
}
