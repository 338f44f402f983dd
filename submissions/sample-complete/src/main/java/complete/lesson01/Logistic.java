package complete.lesson01;

import tangent.exercises.lesson01.Sigmoid;

/** The sigmoid, evaluated on whichever side keeps the exponential small. */
public class Logistic implements Sigmoid {

    @Override
    public double value(double x) {
        if (x < 0) {
            double e = Math.exp(x);
            return e / (1 + e);
        }
        return 1 / (1 + Math.exp(-x));
    }

    @Override
    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }

    @Override
    public String derivativeExpression() {
        return "1/(1 + exp(-x)) * (1 - 1/(1 + exp(-x)))";
    }
}
