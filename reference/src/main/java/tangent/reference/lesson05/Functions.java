package tangent.reference.lesson05;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import tangent.exercises.lesson05.Activation;

/**
 * The activation functions on automatic-differentiation numbers, so that the derivatives the
 * reference reports come from Commons Math's rules rather than from a hand-written formula, and in
 * closed form for the networks' inner loops.
 */
final class Functions {

    private static final org.apache.commons.math3.analysis.function.Sigmoid SIGMOID =
            new org.apache.commons.math3.analysis.function.Sigmoid();

    private Functions() {
    }

    /** g(t) for an activation g, with every derivative t carries. */
    static DerivativeStructure apply(Activation g, DerivativeStructure t) {
        return switch (g) {
            // max(0, t): t itself where t > 0, the constant 0 (value and slopes) elsewhere.
            case RELU -> t.getValue() > 0 ? t : t.multiply(0);
            case SIGMOID -> SIGMOID.value(t);
            case TANH -> t.tanh();
        };
    }

    /** g(z) by automatic differentiation. */
    static double value(Activation g, double z) {
        return apply(g, variable(z)).getValue();
    }

    /** g'(z) by automatic differentiation. */
    static double slope(Activation g, double z) {
        return apply(g, variable(z)).getPartialDerivative(1);
    }

    /**
     * g(z) in closed form, for the networks, which evaluate it a million times in a training run
     * (automatic differentiation would cost ten times as much); tests prove it equal to
     * {@link #value}.
     */
    static double fastValue(Activation g, double z) {
        return switch (g) {
            case RELU -> z > 0 ? z : 0;
            case SIGMOID -> z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            case TANH -> Math.tanh(z);
        };
    }

    /** g'(z) in closed form, from g(z); tests prove it equal to {@link #slope}. */
    static double fastSlope(Activation g, double z) {
        double gz = fastValue(g, z);
        return switch (g) {
            case RELU -> z > 0 ? 1 : 0;
            case SIGMOID -> gz * (1 - gz);
            case TANH -> 1 - gz * gz;
        };
    }

    /** z as the one free variable, to first order. */
    static DerivativeStructure variable(double z) {
        return new DerivativeStructure(1, 1, 0, z);
    }
}
