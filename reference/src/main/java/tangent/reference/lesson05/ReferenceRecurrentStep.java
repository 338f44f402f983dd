package tangent.reference.lesson05;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import tangent.exercises.lesson05.RecurrentStep;

/**
 * h = tanh(Wxh x + Whh h_prev), y = Why h with column vectors; the Jacobian dh/dh_prev by automatic
 * differentiation, with every component of h_prev a free variable.
 */
public final class ReferenceRecurrentStep implements RecurrentStep {

    @Override
    public double[] hidden(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        DerivativeStructure[] h = step(wxh, whh, x, hPrev);
        double[] values = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            values[i] = h[i].getValue();
        }
        return values;
    }

    @Override
    public double[] output(double[][] why, double[] h) {
        NetworkMatrices.copy(why, "Why");
        if (why[0].length != h.length) {
            throw new IllegalArgumentException("Why has " + why[0].length + " columns but h has " + h.length + " entries");
        }
        return NetworkMatrices.times(why, h);
    }

    @Override
    public double[][] hiddenStates(double[][] wxh, double[][] whh, double[][] xs, double[] h0) {
        double[][] states = new double[xs.length][];
        double[] h = h0.clone();
        for (int t = 0; t < xs.length; t++) {
            h = hidden(wxh, whh, xs[t], h);
            states[t] = h;
        }
        if (xs.length == 0) {
            // Nothing to run, but the sizes must still fit.
            step(wxh, whh, new double[wxh[0].length], h0);
        }
        return states;
    }

    @Override
    public double[][] hiddenJacobian(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        DerivativeStructure[] h = step(wxh, whh, x, hPrev);
        double[][] jacobian = new double[h.length][hPrev.length];
        for (int i = 0; i < h.length; i++) {
            for (int k = 0; k < hPrev.length; k++) {
                int[] orders = new int[hPrev.length];
                orders[k] = 1;
                jacobian[i][k] = h[i].getPartialDerivative(orders);
            }
        }
        return jacobian;
    }

    /** The new state with every component of h_prev a free variable, to first order. */
    private static DerivativeStructure[] step(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        NetworkMatrices.copy(wxh, "Wxh");
        NetworkMatrices.copy(whh, "Whh");
        int hidden = wxh.length;
        if (whh.length != hidden || whh[0].length != hidden) {
            throw new IllegalArgumentException("Whh must be " + hidden + "x" + hidden + ", as Wxh has " + hidden + " rows");
        }
        if (x == null || x.length != wxh[0].length) {
            throw new IllegalArgumentException("x must have " + wxh[0].length + " entries, as Wxh has that many columns");
        }
        if (hPrev == null || hPrev.length != hidden) {
            throw new IllegalArgumentException("h_prev must have " + hidden + " entries");
        }
        DerivativeStructure[] previous = new DerivativeStructure[hidden];
        for (int k = 0; k < hidden; k++) {
            previous[k] = new DerivativeStructure(hidden, 1, k, hPrev[k]);
        }
        double[] fromInput = NetworkMatrices.times(wxh, x);
        DerivativeStructure[] h = new DerivativeStructure[hidden];
        for (int i = 0; i < hidden; i++) {
            DerivativeStructure sum = new DerivativeStructure(hidden, 1, fromInput[i]);
            for (int k = 0; k < hidden; k++) {
                sum = sum.add(previous[k].multiply(whh[i][k]));
            }
            h[i] = sum.tanh();
        }
        return h;
    }
}
