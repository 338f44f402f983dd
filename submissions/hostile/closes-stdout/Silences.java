import tangent.exercises.lesson01.Sigmoid;

/** Closes System.out through AutoCloseable (PrintStream.close is refused by name, not this route). */
public class Silences implements Sigmoid {
    public double value(double x) {
        try {
            AutoCloseable out = System.out;
            out.close();
        } catch (Exception e) {
            // closed or not: the next submission's prints must still be captured
        }
        return 1 / (1 + Math.exp(-x));
    }
    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }
    public String derivativeExpression() {
        return "exp(-x)/(1+exp(-x))^2";
    }
}
