import tangent.exercises.lesson01.Sigmoid;

public class Sig implements Sigmoid {

    public double value(double x) {
        return 1 / (1 + Math.exp(-x))
    }

    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }

    public String derivativeExpression() {
        return "exp(-x)/(1+exp(-x))^2";
    }
}
