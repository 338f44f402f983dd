import tangent.exercises.lesson01.Sigmoid;

/** Honest work beside a constant javac cannot fold (its recursion overflows): the compiler must not take the grader down. */
public class Sigmoid1 implements Sigmoid {
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
}
