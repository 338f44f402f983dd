package student;

import tangent.exercises.lesson05.ActivationDerivatives;

/** Lesson 05: the activation functions and their derivatives. The task is in the Javadoc of ActivationDerivatives. */
public class MyActivationDerivatives implements ActivationDerivatives {

    @Override
    public double sigmoid(double z) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double sigmoidDerivative(double z) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double relu(double z) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double reluDerivative(double z) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double tanh(double z) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double tanhDerivative(double z) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String tanhDerivativeExpression() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
