import tangent.exercises.lesson04.JacobianAtPoint;

public class Numbers implements JacobianAtPoint {

    @Override
    public double[][] productPair(double x, double y) {
        return new double[][] {{2 * y, 2 * x}, {2 * x * y, x * x}};
    }

    @Override
    public double[][] sigmoidLayer(double[][] weights, double[] input) {
        if (weights == null || input == null || weights.length == 0 || input.length == 0) {
            throw new IllegalArgumentException("empty layer");
        }
        double[][] jacobian = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == null || weights[i].length != input.length) {
                throw new IllegalArgumentException("row " + i + " does not fit the input");
            }
            double z = 0;
            for (int j = 0; j < input.length; j++) {
                z += weights[i][j] * input[j];
            }
            // e^-|z| never overflows; S'(z) = e^-|z| / (1 + e^-|z|)^2 is symmetric in z
            double e = Math.exp(-Math.abs(z));
            double slope = e / ((1 + e) * (1 + e));
            jacobian[i] = new double[input.length];
            for (int j = 0; j < input.length; j++) {
                jacobian[i][j] = slope * weights[i][j];
            }
        }
        return jacobian;
    }
}
