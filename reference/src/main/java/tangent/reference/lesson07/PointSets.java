package tangent.reference.lesson07;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Checks of the point sets and labels every Lesson 07 task takes, and exact numbers for symja. */
public final class PointSets {

    private PointSets() {
    }

    /** Refuses what the tasks refuse: no points, rows that are not {x, y}, labels not +-1, lengths that differ. */
    public static void requireLabelled(double[][] points, int[] labels) {
        if (points == null || labels == null || points.length == 0) {
            throw new IllegalArgumentException("give at least one point and one label per point");
        }
        if (points.length != labels.length) {
            throw new IllegalArgumentException(points.length + " points but " + labels.length + " labels");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2 || !Double.isFinite(points[i][0])
                    || !Double.isFinite(points[i][1])) {
                throw new IllegalArgumentException("point " + i + " is not a finite {x, y}");
            }
            if (labels[i] != 1 && labels[i] != -1) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", not -1 or +1");
            }
        }
    }

    /** t (a x + b y + c) for one point: at least 1 when its constraint holds, exactly 1 on the margin. */
    public static double constraintValue(double[] line, double[] point, int label) {
        return label * (line[0] * point[0] + line[1] * point[1] + line[2]);
    }

    /** A double as an exact symja number: an integer, or p/q (every double is a dyadic rational). */
    static String exact(double value) {
        BigDecimal exact = new BigDecimal(value);
        String text = exact.scale() <= 0 ? exact.toBigIntegerExact().toString()
                : exact.unscaledValue() + "/" + BigInteger.TEN.pow(exact.scale());
        return "(" + text + ")";
    }
}
