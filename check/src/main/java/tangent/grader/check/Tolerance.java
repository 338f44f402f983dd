package tangent.grader.check;

/**
 * When two numbers count as equal: |actual - expected| &lt;= atol + rtol * |expected|, numpy's
 * {@code isclose}. NaN equals only NaN, an infinity only the same infinity.
 *
 * @param atol absolute tolerance, for expected values near zero
 * @param rtol relative tolerance, for everything else
 */
public record Tolerance(double atol, double rtol) {

    /** For answers that are exact up to floating-point rounding. */
    public static final Tolerance ROUNDING = new Tolerance(1e-12, 1e-9);

    public Tolerance {
        if (!(atol >= 0) || !(rtol >= 0)) {
            throw new IllegalArgumentException("tolerances must be non-negative: atol=" + atol + ", rtol=" + rtol);
        }
    }

    public static Tolerance of(double atol, double rtol) {
        return new Tolerance(atol, rtol);
    }

    public boolean isClose(double actual, double expected) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return actual == expected;
        }
        return Math.abs(actual - expected) <= allowed(expected);
    }

    /** The largest difference accepted around {@code expected}. */
    public double allowed(double expected) {
        return atol + rtol * Math.abs(expected);
    }

    @Override
    public String toString() {
        return "atol " + atol + ", rtol " + rtol;
    }
}
