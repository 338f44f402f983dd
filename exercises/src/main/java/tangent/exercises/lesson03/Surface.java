package tangent.exercises.lesson03;

/**
 * The functions of two variables that Lesson 03's texts differentiate. Each constant knows its
 * formula and can be evaluated, so a task can say "the gradient of f" for any of them.
 */
public enum Surface {

    /** f(x, y) = x^2 + y^3, the text's example: its gradient is (2x, 3y^2), which is (4, 27) at (2, 3). */
    SQUARE_PLUS_CUBE("x^2 + y^3"),

    /**
     * f(x, y) = x^2 + y^2, the bowl of the task and of the lecture notes: its gradient is (2x, 2y),
     * which is (2, 2) at (1, 1).
     */
    SUM_OF_SQUARES("x^2 + y^2"),

    /**
     * f(x, y) = x^2 + 2xy + y^2 = (x + y)^2: its gradient is (2x + 2y, 2x + 2y). It is zero all along
     * the line y = -x, a valley of minima rather than a single lowest point.
     */
    SQUARE_OF_SUM("x^2 + 2*x*y + y^2");

    private final String formula;

    Surface(String formula) {
        this.formula = formula;
    }

    /** The formula in x and y, in the plain-text notation of this lesson, e.g. {@code "x^2 + y^3"}. */
    public String formula() {
        return formula;
    }

    /**
     * f(x, y). Powers are computed with {@link Math#pow}, as numpy's {@code **} computes them, so
     * that difference quotients of these functions reproduce the text's printed digits.
     *
     * @param x the first variable
     * @param y the second variable
     * @return the value of this function at (x, y)
     */
    public double value(double x, double y) {
        return switch (this) {
            case SQUARE_PLUS_CUBE -> Math.pow(x, 2) + Math.pow(y, 3);
            case SUM_OF_SQUARES -> Math.pow(x, 2) + Math.pow(y, 2);
            case SQUARE_OF_SUM -> Math.pow(x, 2) + 2 * x * y + Math.pow(y, 2);
        };
    }
}
