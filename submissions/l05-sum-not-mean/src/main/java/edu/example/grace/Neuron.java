package edu.example.grace;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.SingleNeuron;

public class Neuron implements SingleNeuron {

    public double activity(Activation sigma, double a0, double w, double b) {
        return Act.g(sigma, w * a0 + b);
    }

    public double cost(Activation sigma, double a0, double w, double b, double y) {
        double e = activity(sigma, a0, w, b) - y;
        return e * e;
    }

    /** dC/dz1 = 2 (a1 - y) sigma'(z1); the rest is dz1/d(parameter). */
    private double dz(Activation sigma, double a0, double w, double b, double y) {
        double z = w * a0 + b;
        return 2 * (Act.g(sigma, z) - y) * Act.dg(sigma, z);
    }

    public double dCostDw(Activation sigma, double a0, double w, double b, double y) {
        return dz(sigma, a0, w, b, y) * a0;
    }

    public double dCostDb(Activation sigma, double a0, double w, double b, double y) {
        return dz(sigma, a0, w, b, y);
    }

    public double dCostDa0(Activation sigma, double a0, double w, double b, double y) {
        return dz(sigma, a0, w, b, y) * w;
    }
}
