package edu.example.grace;

import tangent.exercises.lesson05.Activation;

/** The activations and their slopes, shared by every task of the lesson. */
final class Act {

    private Act() {
    }

    /** S(z) through tanh: 1/(1 + e^-z) = (1 + tanh(z/2)) / 2, which never overflows. */
    static double sigmoid(double z) {
        return 0.5 * (1 + Math.tanh(0.5 * z));
    }

    /** As in the course text's dsigmoid. */
    static double dsigmoid(double z) {
        double s = sigmoid(z);
        return 2 * s * (1 - s);
    }

    static double g(Activation a, double z) {
        switch (a) {
            case RELU:
                return z > 0 ? z : 0.0;
            case SIGMOID:
                return sigmoid(z);
            default:
                return Math.tanh(z);
        }
    }

    static double dg(Activation a, double z) {
        switch (a) {
            case RELU:
                return z > 0 ? 1.0 : 0.0;
            case SIGMOID:
                return dsigmoid(z);
            default:
                double t = Math.tanh(z);
                return 1 - t * t;
        }
    }
}
