package edu.example.grace;

import tangent.exercises.lesson05.ActivationDerivatives;

public class Activations implements ActivationDerivatives {

    public double sigmoid(double z) {
        return Act.sigmoid(z);
    }

    public double sigmoidDerivative(double z) {
        return Act.dsigmoid(z);
    }

    public double relu(double z) {
        return Math.max(0.0, z);
    }

    public double reluDerivative(double z) {
        return z > 0 ? 1 : 0;
    }

    public double tanh(double z) {
        return Math.tanh(z);
    }

    public double tanhDerivative(double z) {
        return 1 - Math.pow(Math.tanh(z), 2);
    }

    public String tanhDerivativeExpression() {
        return "1 - tanh(z)^2";
    }
}
