package complete.lesson03;

import tangent.exercises.lesson03.GradientAtPoint;
import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.Surface;

/** Both gradient tasks in one place: the formulas and their values agree by construction. */
public class Gradients implements PartialDerivatives, GradientAtPoint {

    @Override
    public String partial(Surface f, String variable) {
        if (variable == null) {
            throw new IllegalArgumentException("variable must be x or y");
        }
        return switch (variable) {
            case "x" -> gradient(f)[0];
            case "y" -> gradient(f)[1];
            default -> throw new IllegalArgumentException("variable must be x or y, got '" + variable + "'");
        };
    }

    @Override
    public String[] gradient(Surface f) {
        return switch (f) {
            case SQUARE_PLUS_CUBE -> new String[] {"2*x", "3*y^2"};
            case SUM_OF_SQUARES -> new String[] {"2*x", "2*y"};
            case SQUARE_OF_SUM -> new String[] {"2*x + 2*y", "2*x + 2*y"};
        };
    }

    @Override
    public double[] gradient(Surface f, double x, double y) {
        return switch (f) {
            case SQUARE_PLUS_CUBE -> new double[] {2 * x, 3 * y * y};
            case SUM_OF_SQUARES -> new double[] {2 * x, 2 * y};
            case SQUARE_OF_SUM -> new double[] {2 * x + 2 * y, 2 * x + 2 * y};
        };
    }

    @Override
    public double size(Surface f, double x, double y) {
        double[] g = gradient(f, x, y);
        return Math.hypot(g[0], g[1]);
    }

    @Override
    public double[] unitDirection(Surface f, double x, double y) {
        double[] g = gradient(f, x, y);
        double n = Math.hypot(g[0], g[1]);
        if (n == 0) {
            throw new IllegalArgumentException("zero gradient at (" + x + ", " + y + "): no direction");
        }
        return new double[] {g[0] / n, g[1] / n};
    }
}
