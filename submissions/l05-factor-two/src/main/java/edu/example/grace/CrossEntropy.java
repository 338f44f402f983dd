package edu.example.grace;

import tangent.exercises.lesson05.BinaryCrossEntropy;

public class CrossEntropy implements BinaryCrossEntropy {

    private static void check(double y, double yhat) {
        if (!(0 <= y && y <= 1 && 0 <= yhat && yhat <= 1)) {
            throw new IllegalArgumentException("y = " + y + ", yhat = " + yhat);
        }
    }

    public double loss(double y, double yhat) {
        check(y, yhat);
        double p = Math.max(yhat, Math.ulp(1.0));
        double q = Math.max(1 - yhat, Math.ulp(1.0));
        return -(y * Math.log(p) + (1 - y) * Math.log(q));
    }

    public double derivative(double y, double yhat) {
        check(y, yhat);
        double p = Math.max(yhat, Math.ulp(1.0));
        double q = Math.max(1 - yhat, Math.ulp(1.0));
        return (1 - y) / q - y / p;
    }

    public double meanLoss(double[] y, double[] yhat) {
        if (y.length == 0 || y.length != yhat.length) {
            throw new IllegalArgumentException("bad batch");
        }
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            total += loss(y[i], yhat[i]);
        }
        return total / y.length;
    }
}
