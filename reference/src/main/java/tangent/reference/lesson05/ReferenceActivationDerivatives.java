package tangent.reference.lesson05;

import tangent.cas.Cas;
import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.ActivationDerivatives;

/**
 * The activations and their slopes by automatic differentiation (Commons Math's sigmoid and
 * tanh), the derivative of tanh as text from symja.
 */
public final class ReferenceActivationDerivatives implements ActivationDerivatives {

    @Override
    public double sigmoid(double z) {
        return Functions.value(Activation.SIGMOID, z);
    }

    @Override
    public double sigmoidDerivative(double z) {
        return Functions.slope(Activation.SIGMOID, z);
    }

    @Override
    public double relu(double z) {
        return Functions.value(Activation.RELU, z);
    }

    @Override
    public double reluDerivative(double z) {
        return Functions.slope(Activation.RELU, z);
    }

    @Override
    public double tanh(double z) {
        return Functions.value(Activation.TANH, z);
    }

    @Override
    public double tanhDerivative(double z) {
        return Functions.slope(Activation.TANH, z);
    }

    @Override
    public String tanhDerivativeExpression() {
        // symja writes D(Tanh(z), z) as Sech(z)^2; TrigToExp gives it in exponentials, which the
        // expression checker evaluates.
        return Cas.text(Cas.eval("TrigToExp(D(Tanh(z),z))"));
    }
}
