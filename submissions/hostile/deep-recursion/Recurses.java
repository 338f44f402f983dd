import tangent.exercises.lesson01.Sigmoid;

public class Recurses implements Sigmoid {

    public double value(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    public double derivative(double x) {
        return derivative(x + 1e-9) + 0;
    }

    public String derivativeExpression() {
        return "exp(-x)/(1+exp(-x))^2";
    }
}
