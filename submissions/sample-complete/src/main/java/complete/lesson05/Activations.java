package complete.lesson05;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.ActivationDerivatives;

public class Activations implements ActivationDerivatives {

    static double s(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    static double apply(Activation g, double z) {
        return switch (g) {
            case RELU -> Math.max(z, 0);
            case SIGMOID -> s(z);
            case TANH -> Math.tanh(z);
        };
    }

    static double slope(Activation g, double z) {
        return switch (g) {
            case RELU -> z > 0 ? 1 : 0;
            case SIGMOID -> s(z) * (1 - s(z));
            case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
        };
    }

    @Override
    public double sigmoid(double z) {
        return s(z);
    }

    @Override
    public double sigmoidDerivative(double z) {
        return slope(Activation.SIGMOID, z);
    }

    @Override
    public double relu(double z) {
        return apply(Activation.RELU, z);
    }

    @Override
    public double reluDerivative(double z) {
        return slope(Activation.RELU, z);
    }

    @Override
    public double tanh(double z) {
        return Math.tanh(z);
    }

    @Override
    public double tanhDerivative(double z) {
        return slope(Activation.TANH, z);
    }

    @Override
    public String tanhDerivativeExpression() {
        return "1/cosh(z)^2";
    }
}
