package tangent.reference.lesson05;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import tangent.cas.Cas;
import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.NestedSigmoids;

/**
 * y = S(w2 S(w1 x)): the values and both partial derivatives at once by automatic differentiation
 * in the two weights, the expressions from symja.
 */
public final class ReferenceNestedSigmoids implements NestedSigmoids {

    /** The network in symja's input syntax. */
    public static final String FUNCTION = "1/(1 + E^(-w2/(1 + E^(-w1*x))))";

    /** y with w1 as free variable 0 and w2 as free variable 1, to first order. */
    private static DerivativeStructure network(double x, double w1, double w2) {
        DerivativeStructure inner = new DerivativeStructure(2, 1, 0, w1);
        DerivativeStructure outer = new DerivativeStructure(2, 1, 1, w2);
        DerivativeStructure h = Functions.apply(Activation.SIGMOID, inner.multiply(x));
        return Functions.apply(Activation.SIGMOID, outer.multiply(h));
    }

    @Override
    public double output(double x, double w1, double w2) {
        return network(x, w1, w2).getValue();
    }

    @Override
    public double dOutputDw2(double x, double w1, double w2) {
        return network(x, w1, w2).getPartialDerivative(0, 1);
    }

    @Override
    public double dOutputDw1(double x, double w1, double w2) {
        return network(x, w1, w2).getPartialDerivative(1, 0);
    }

    @Override
    public String dOutputDw2Expression() {
        return Cas.derivative(FUNCTION, "w2");
    }

    @Override
    public String dOutputDw1Expression() {
        return Cas.derivative(FUNCTION, "w1");
    }
}
