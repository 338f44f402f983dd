package edu.example.grace;

import tangent.exercises.lesson05.NestedSigmoids;

public class Nested implements NestedSigmoids {

    public double output(double x, double w1, double w2) {
        return Act.sigmoid(w2 * Act.sigmoid(w1 * x));
    }

    public double dOutputDw2(double x, double w1, double w2) {
        double h = Act.sigmoid(w1 * x);
        return Act.dsigmoid(w2 * h) * h;
    }

    public double dOutputDw1(double x, double w1, double w2) {
        double h = Act.sigmoid(w1 * x);
        return Act.dsigmoid(w2 * h) * w2 * Act.dsigmoid(w1 * x) * x;
    }

    private static final String H = "(1/(1+exp(-w1*x)))";
    private static final String OUTER = "(1/(1+exp(-w2*" + H + ")))";

    public String dOutputDw2Expression() {
        return "2*" + OUTER + "*(1-" + OUTER + ")*" + H;
    }

    public String dOutputDw1Expression() {
        return "2*" + OUTER + "*(1-" + OUTER + ") * w2 * 2*" + H + "*(1-" + H + ") * x";
    }
}
