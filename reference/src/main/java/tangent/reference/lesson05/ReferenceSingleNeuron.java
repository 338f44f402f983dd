package tangent.reference.lesson05;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.SingleNeuron;

/**
 * C = (sigma(w a0 + b) - y)^2 with its partial derivatives in w, b and a0 by automatic
 * differentiation.
 */
public final class ReferenceSingleNeuron implements SingleNeuron {

    /** C with w, b, a0 as free variables 0, 1, 2, to first order. */
    private static DerivativeStructure cost(Activation sigma, double a0, double w, double b, double y,
            boolean square) {
        DerivativeStructure dw = new DerivativeStructure(3, 1, 0, w);
        DerivativeStructure db = new DerivativeStructure(3, 1, 1, b);
        DerivativeStructure da0 = new DerivativeStructure(3, 1, 2, a0);
        DerivativeStructure a1 = Functions.apply(sigma, dw.multiply(da0).add(db));
        return square ? a1.subtract(y).pow(2) : a1;
    }

    @Override
    public double activity(Activation sigma, double a0, double w, double b) {
        return cost(sigma, a0, w, b, 0, false).getValue();
    }

    @Override
    public double cost(Activation sigma, double a0, double w, double b, double y) {
        return cost(sigma, a0, w, b, y, true).getValue();
    }

    @Override
    public double dCostDw(Activation sigma, double a0, double w, double b, double y) {
        return cost(sigma, a0, w, b, y, true).getPartialDerivative(1, 0, 0);
    }

    @Override
    public double dCostDb(Activation sigma, double a0, double w, double b, double y) {
        return cost(sigma, a0, w, b, y, true).getPartialDerivative(0, 1, 0);
    }

    @Override
    public double dCostDa0(Activation sigma, double a0, double w, double b, double y) {
        return cost(sigma, a0, w, b, y, true).getPartialDerivative(0, 0, 1);
    }
}
