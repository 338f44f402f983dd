import java.util.Locale;
import java.util.TimeZone;
import tangent.exercises.lesson01.Sigmoid;

/** A JVM-wide default changed for good: the next submission's String.format writes 0,5 for 0.5. */
public class Relocates implements Sigmoid {
    public double value(double x) {
        Locale.setDefault(Locale.GERMANY);
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
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
