package tangent.reference.lesson03;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import tangent.exercises.lesson03.Surface;

/**
 * The text's functions of two variables with exact derivatives by automatic differentiation, so no
 * partial derivative is typed in by hand.
 */
public final class Surfaces {

    private Surfaces() {
    }

    /** f and its partial derivatives up to {@code order} at (x, y); parameter 0 is x, 1 is y. */
    public static DerivativeStructure at(Surface f, double x, double y, int order) {
        DerivativeStructure dx = new DerivativeStructure(2, order, 0, x);
        DerivativeStructure dy = new DerivativeStructure(2, order, 1, y);
        return switch (f) {
            case SQUARE_PLUS_CUBE -> dx.pow(2).add(dy.pow(3));
            case SUM_OF_SQUARES -> dx.pow(2).add(dy.pow(2));
            case SQUARE_OF_SUM -> dx.pow(2).add(dx.multiply(dy).multiply(2)).add(dy.pow(2));
        };
    }

    /** The gradient {df/dx, df/dy} at (x, y). */
    public static double[] gradient(Surface f, double x, double y) {
        DerivativeStructure d = at(f, x, y, 1);
        return new double[] {d.getPartialDerivative(1, 0), d.getPartialDerivative(0, 1)};
    }

    /** The symja input form of f's formula. */
    public static String symja(Surface f) {
        return f.formula();
    }
}
