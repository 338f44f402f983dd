package tangent.grader.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a student reads them in feedback: ten significant digits, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /** The values as a list, for hints that compare lists ({@link Hint#matches(java.util.List, String)}). */
    public static java.util.List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    /** A matrix's entries in row order, as a check compares them. */
    public static double[] flatten(double[][] rows) {
        return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
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

    /** {{1, 2}, {3, 4}}: rows of columns, as a student would write the matrix; "null" for null. */
    public static String show(double[][] rows) {
        if (rows == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < rows.length; i++) {
            text.append(i == 0 ? "" : ", ").append(show(rows[i]));
        }
        return text.append('}').toString();
    }

    /**
     * Any value a submission returned, as feedback shows it: numbers and arrays of them (to any
     * depth) by their contents, strings quoted, anything else by its class alone, because its
     * {@code toString} would be the submission's code (and an array's is {@code [D@6909f6be}).
     */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return show(d.doubleValue());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name(); // final: never the submission's toString
        }
        if ((value instanceof Number || value instanceof Boolean || value instanceof Character)
                && value.getClass().getName().startsWith("java.lang.")) {
            return String.valueOf(value);
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof double[] array) {
            return show(array);
        }
        if (value.getClass().isArray()) {
            int length = java.lang.reflect.Array.getLength(value);
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < length; i++) {
                text.append(i == 0 ? "" : ", ").append(show(java.lang.reflect.Array.get(value, i)));
            }
            return text.append('}').toString();
        }
        return "a " + value.getClass().getSimpleName();
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
