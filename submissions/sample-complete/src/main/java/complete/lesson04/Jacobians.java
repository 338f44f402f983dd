package complete.lesson04;

import tangent.exercises.lesson04.JacobianAtPoint;
import tangent.exercises.lesson04.JacobianFormulas;

/** Jacobians with rows for outputs and columns for inputs, as formulas and as numbers. */
public class Jacobians implements JacobianFormulas, JacobianAtPoint {

    @Override
    public String[][] productPair() {
        return new String[][] {{"2*y", "2*x"}, {"2*x*y", "x^2"}};
    }

    @Override
    public String[][] sigmoidLayer() {
        String[][] weights = {{"p", "q"}, {"r", "s"}, {"t", "u"}};
        String[][] j = new String[3][2];
        for (int i = 0; i < 3; i++) {
            String z = weights[i][0] + "*x + " + weights[i][1] + "*y";
            // S'(z) = e^-z / (1 + e^-z)^2, times dz/dx = p (or dz/dy = q)
            String slope = "exp(-(" + z + "))/(1 + exp(-(" + z + ")))^2";
            j[i][0] = weights[i][0] + "*" + slope;
            j[i][1] = weights[i][1] + "*" + slope;
        }
        return j;
    }

    @Override
    public double[][] productPair(double x, double y) {
        return new double[][] {{2 * y, 2 * x}, {2 * x * y, x * x}};
    }

    @Override
    public double[][] sigmoidLayer(double[][] weights, double[] input) {
        if (weights == null || weights.length == 0 || input == null || input.length == 0) {
            throw new IllegalArgumentException("weights and input must not be empty");
        }
        int n = input.length;
        double[][] j = new double[weights.length][n];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == null || weights[i].length != n) {
                throw new IllegalArgumentException("weight row " + i + " needs " + n + " entries");
            }
            double z = 0;
            for (int k = 0; k < n; k++) {
                z += weights[i][k] * input[k];
            }
            double s = sigmoid(z);
            double slope = s * (1 - s);
            for (int k = 0; k < n; k++) {
                j[i][k] = slope * weights[i][k];
            }
        }
        return j;
    }

    private static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
