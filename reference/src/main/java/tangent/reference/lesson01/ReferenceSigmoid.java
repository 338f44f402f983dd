package tangent.reference.lesson01;

import tangent.cas.Cas;
import tangent.exercises.lesson01.Sigmoid;

/**
 * The sigmoid evaluated so that it never overflows: e^-x is only computed for x &gt;= 0, and the
 * derivative as S (1 - S), which is finite wherever S is. The symbolic derivative comes from symja.
 */
public final class ReferenceSigmoid implements Sigmoid {

    /** The sigmoid in symja's input syntax. */
    public static final String FUNCTION = "1/(1 + E^(-x))";

    @Override
    public double value(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double ex = Math.exp(x);
        return ex / (1 + ex);
    }

    @Override
    public double derivative(double x) {
        double s = value(x);
        return s * (1 - s);
    }

    @Override
    public String derivativeExpression() {
        return Cas.derivative(FUNCTION, "x");
    }
}
