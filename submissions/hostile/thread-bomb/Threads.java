import tangent.exercises.lesson01.Sigmoid;

public class Threads implements Sigmoid {

    public double value(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }

    public String derivativeExpression() {
        while (true) {
            new Thread(() -> { }).start();
        }
    }
}
