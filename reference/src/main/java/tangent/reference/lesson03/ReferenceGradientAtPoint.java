package tangent.reference.lesson03;

import tangent.exercises.lesson03.GradientAtPoint;
import tangent.exercises.lesson03.Surface;

/** The gradient by automatic differentiation; its size by {@link Math#hypot}, which never overflows. */
public final class ReferenceGradientAtPoint implements GradientAtPoint {

    @Override
    public double[] gradient(Surface f, double x, double y) {
        return Surfaces.gradient(f, x, y);
    }

    @Override
    public double size(Surface f, double x, double y) {
        double[] g = gradient(f, x, y);
        return Math.hypot(g[0], g[1]);
    }

    @Override
    public double[] unitDirection(Surface f, double x, double y) {
        double[] g = gradient(f, x, y);
        if (g[0] == 0 && g[1] == 0) {
            throw new IllegalArgumentException("the gradient of " + f.formula() + " at (" + x + ", " + y
                    + ") is zero: it has no direction");
        }
        double size = Math.hypot(g[0], g[1]);
        return new double[] {g[0] / size, g[1] / size};
    }
}
