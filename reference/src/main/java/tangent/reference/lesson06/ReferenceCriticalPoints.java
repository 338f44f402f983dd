package tangent.reference.lesson06;

import java.util.Arrays;
import java.util.Comparator;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;
import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;
import tangent.reference.cas.Cas;

/**
 * Critical points solved exactly by symja (Solve on f' = 0 over the reals), and each classified
 * by the exact sign of f'' at the exact root: for degree 3 and less, f'' = 0 at a critical point
 * means a double root of f', where f' does not change sign.
 */
public final class ReferenceCriticalPoints implements CriticalPoints {

    /** The text's cubic x^3 - 2x^2 + 1, lowest power first. */
    public static final double[] TEXT_CUBIC = {1, 0, -2, 1};

    /** A critical point: its value and the exact sign of f'' there. */
    private record Point(double x, int curvature) {
    }

    @Override
    public double[] criticalPoints(double[] coefficients) {
        return Arrays.stream(solve(coefficients)).mapToDouble(Point::x).toArray();
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        return Arrays.stream(solve(coefficients))
                .map(p -> p.curvature() < 0 ? CriticalPointKind.LOCAL_MAXIMUM
                        : p.curvature() > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.NEITHER)
                .toArray(CriticalPointKind[]::new);
    }

    private static Point[] solve(double[] coefficients) {
        String f = Polynomials.exactText(Polynomials.requireDegreeOneToThree(coefficients));
        // Solve announces "Inverse functions are being used" for f' = k x^2; quiet, so that
        // nothing is printed into the output of the test that asked.
        EvalEngine engine = Cas.evaluator().getEvalEngine();
        boolean wasQuiet = engine.isQuietMode();
        engine.setQuietMode(true);
        IExpr roots;
        IExpr signs;
        try {
            roots = Cas.eval("Map(x /. # &, Solve(D(" + f + ", x) == 0, x, Reals))");
            signs = Cas.eval("Map(Sign(D(" + f + ", {x, 2}) /. x -> #) &, " + Cas.text(roots) + ")");
        } finally {
            engine.setQuietMode(wasQuiet);
        }
        Point[] points = new Point[roots.argSize()];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Point(roots.getAt(i + 1).evalDouble(), signs.getAt(i + 1).toIntDefault());
        }
        Arrays.sort(points, Comparator.comparingDouble(Point::x));
        return points;
    }
}
