import tangent.exercises.lesson01.Sigmoid;

/**
 * Remembers every input in a static field and shows them in an exception a visible test reports
 * (S(-0.5) is asked for by a visible test, which runs after the hidden ones): without a class loader
 * of their own, the hidden tests' inputs (x = 710 in finiteFarOut, the random points) would reach
 * the student's report through that visible test's message.
 */
public class Remembers implements Sigmoid {
    private static final StringBuilder SEEN = new StringBuilder();

    public double value(double x) {
        if (x == -0.5) {
            throw new IllegalStateException("seen " + SEEN);
        }
        SEEN.append(x).append(' ');
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }

    public String derivativeExpression() {
        return "exp(-x)/(1+exp(-x))^2";
    }
}
