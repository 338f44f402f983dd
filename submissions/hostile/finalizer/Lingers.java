import tangent.exercises.lesson01.Sigmoid;

/** A finalizer runs on the JVM's own thread, whenever it likes: during the next submission's tests. */
public class Lingers implements Sigmoid {
    public double value(double x) {
        return 1 / (1 + Math.exp(-x));
    }
    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }
    public String derivativeExpression() {
        return "exp(-x)/(1+exp(-x))^2";
    }
    @Override
    @SuppressWarnings("removal")
    protected void finalize() {
        while (true) {
            System.out.println("still here, in somebody else's test");
        }
    }
}
