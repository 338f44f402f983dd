import tangent.exercises.lesson01.Sigmoid;

/** Follows the course text's own code, including its dsigmoid, which returns 2*s*(1-s). */
public class SigmoidImpl implements Sigmoid {

    public double value(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    public double derivative(double x) {
        double s = value(x);
        return 2 * s * (1 - s);
    }

    public String derivativeExpression() {
        return "2*e^(-x)/(1 + e^(-x))^2";
    }
}
