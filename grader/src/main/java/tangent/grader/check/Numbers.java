package tangent.grader.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a student reads them in feedback: ten significant digits, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /** {1, 2.5} as a student would write it; "null" for null. */
    public static String show(double[] values) {
        if (values == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(show(values[i]));
        }
        return text.append('}').toString();
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
