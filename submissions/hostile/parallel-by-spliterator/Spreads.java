import java.util.List;
import java.util.stream.StreamSupport;
import tangent.exercises.lesson01.Sigmoid;

/** A parallel stream made without calling anything named "parallel": its pool threads outlive the test. */
public class Spreads implements Sigmoid {
    public double value(double x) {
        List<Double> xs = List.of(x);
        return StreamSupport.stream(xs.spliterator(), true).mapToDouble(v -> 1 / (1 + Math.exp(-v))).sum();
    }
    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }
    public String derivativeExpression() {
        return "exp(-x)/(1+exp(-x))^2";
    }
}
