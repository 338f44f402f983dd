package edu.example.ada;

import tangent.exercises.lesson01.Sigmoid;

/** The sigmoid through tanh, which never overflows: S(x) = (1 + tanh(x / 2)) / 2. */
public class Logistic implements Sigmoid {

    @Override
    public double value(double x) {
        return 0.5 * (1 + Math.tanh(x / 2));
    }

    @Override
    public double derivative(double x) {
        double c = Math.cosh(x / 2);
        return 1 / (4 * c * c);
    }

    @Override
    public String derivativeExpression() {
        return "1/(2 + 2*cosh(x))";
    }
}
