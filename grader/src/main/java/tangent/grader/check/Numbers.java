package tangent.grader.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a student reads them in feedback: ten significant digits, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    public static String show(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(10)).stripTrailingZeros();
        double magnitude = Math.abs(x);
        return magnitude >= 1e-4 && magnitude < 1e10 ? rounded.toPlainString() : rounded.toString();
    }
}
