import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.Surface;

/** Partial derivatives worked out by hand, one function at a time. */
public class Partials implements PartialDerivatives {

    @Override
    public String partial(Surface f, String variable) {
        String[] g = gradient(f);
        if ("x".equals(variable)) {
            return g[0];
        }
        if ("y".equals(variable)) {
            return g[1];
        }
        throw new IllegalArgumentException("no variable " + variable + " here, only x and y");
    }

    @Override
    public String[] gradient(Surface f) {
        switch (f) {
            case SQUARE_PLUS_CUBE:
                return new String[] {"2x", "3y^2"};
            case SUM_OF_SQUARES:
                return new String[] {"2 * x", "2 * y"};
            default:
                // (x + y)^2 differentiates to 2 (x + y) in either variable
                return new String[] {"2*(x + y)", "2*(y + x)"};
        }
    }
}
