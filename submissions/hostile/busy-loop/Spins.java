import tangent.exercises.lesson01.Sigmoid;

public class Spins implements Sigmoid {

    public double value(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }

    public String derivativeExpression() {
        long n = 0;
        while (n >= 0) {
            try {
                n = (n + 1) % 1000;
            } catch (Throwable ignored) {
                // swallows interrupts and ThreadDeath alike
            }
        }
        return "";
    }
}
