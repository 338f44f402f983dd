package complete.lesson05;

import tangent.exercises.lesson05.NestedSigmoids;

public class TwoSigmoids implements NestedSigmoids {

    private static double ds(double z) {
        double s = Activations.s(z);
        return s * (1 - s);
    }

    @Override
    public double output(double x, double w1, double w2) {
        return Activations.s(w2 * Activations.s(w1 * x));
    }

    @Override
    public double dOutputDw2(double x, double w1, double w2) {
        double h = Activations.s(w1 * x);
        return ds(w2 * h) * h;
    }

    @Override
    public double dOutputDw1(double x, double w1, double w2) {
        double h = Activations.s(w1 * x);
        return ds(w2 * h) * w2 * ds(w1 * x) * x;
    }

    @Override
    public String dOutputDw2Expression() {
        return "exp(-w2/(1+exp(-w1*x))) / (1+exp(-w2/(1+exp(-w1*x))))^2 / (1+exp(-w1*x))";
    }

    @Override
    public String dOutputDw1Expression() {
        return "w2*x*exp(-w1*x)*exp(-w2/(1+exp(-w1*x))) / ((1+exp(-w2/(1+exp(-w1*x))))^2 * (1+exp(-w1*x))^2)";
    }
}
