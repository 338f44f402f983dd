package complete.lesson05;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.SingleNeuron;

public class OneNeuron implements SingleNeuron {

    @Override
    public double activity(Activation sigma, double a0, double w, double b) {
        return Activations.apply(sigma, w * a0 + b);
    }

    @Override
    public double cost(Activation sigma, double a0, double w, double b, double y) {
        return Math.pow(activity(sigma, a0, w, b) - y, 2);
    }

    private static double dCdz(Activation sigma, double a0, double w, double b, double y) {
        double z1 = w * a0 + b;
        double dCda1 = 2 * (Activations.apply(sigma, z1) - y);
        return dCda1 * Activations.slope(sigma, z1);
    }

    @Override
    public double dCostDw(Activation sigma, double a0, double w, double b, double y) {
        return a0 * dCdz(sigma, a0, w, b, y);
    }

    @Override
    public double dCostDb(Activation sigma, double a0, double w, double b, double y) {
        return dCdz(sigma, a0, w, b, y);
    }

    @Override
    public double dCostDa0(Activation sigma, double a0, double w, double b, double y) {
        return w * dCdz(sigma, a0, w, b, y);
    }
}
