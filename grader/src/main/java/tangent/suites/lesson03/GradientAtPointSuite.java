package tangent.suites.lesson03;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson03.GradientAtPoint;
import tangent.exercises.lesson03.Surface;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson03.ReferenceGradientAtPoint;

/** The gradient, its size and its direction as numbers, against automatic differentiation. */
@Grades(GradientAtPoint.class)
class GradientAtPointSuite {

    /**
     * Polynomials evaluated in another order, a square root, a division: rounding only, a few ulps
     * (about 1e-16 relative each), far inside 1e-9 relative.
     */
    private static final Tolerance EXACT = Tolerance.of(1e-12, 1e-9);

    private final ReferenceGradientAtPoint reference = new ReferenceGradientAtPoint();

    @Test
    @Points(3)
    @DisplayName("the texts' gradients: (4, 27) at (2, 3), (2, 2) at (1, 1), and (6, 6) for (x + y)^2 at (1, 2)")
    void theTextsGradients(GradientAtPoint student) {
        double[] answer = checkGradient(student, Surface.SQUARE_PLUS_CUBE, 2, 3);
        checkGradient(student, Surface.SUM_OF_SQUARES, 1, 1);
        checkGradient(student, Surface.SQUARE_OF_SUM, 1, 2);
        Copies.fresh("gradient(SQUARE_PLUS_CUBE, 2, 3)", () -> student.gradient(Surface.SQUARE_PLUS_CUBE, 2, 3));

    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("gradients of every function at random points, near and far")
    void gradientsAtRandomPoints(GradientAtPoint student, RandomGenerator random) {
        for (Surface f : Surface.values()) {
            for (int i = 0; i < 12; i++) {
                double scale = i < 8 ? 10 : 1000;
                checkGradient(student, f, (random.nextDouble() * 2 - 1) * scale, (random.nextDouble() * 2 - 1) * scale);
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("size and direction: |(4, 27)| = sqrt(745) at (2, 3), direction (0.7071, 0.7071) at (1, 1)")
    void sizeAndDirectionAtTheTextsPoints(GradientAtPoint student) {
        checkSize(student, Surface.SQUARE_PLUS_CUBE, 2, 3);
        checkSize(student, Surface.SUM_OF_SQUARES, 1, 1);
        checkDirection(student, Surface.SUM_OF_SQUARES, 1, 1);
        double[] answer = checkDirection(student, Surface.SQUARE_PLUS_CUBE, 2, 3);
        Copies.fresh("unitDirection(SQUARE_PLUS_CUBE, 2, 3)",
                () -> student.unitDirection(Surface.SQUARE_PLUS_CUBE, 2, 3));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("size and direction at random points; the bowl is steeper at the edges")
    void sizeAndDirectionElsewhere(GradientAtPoint student, RandomGenerator random) {
        for (Surface f : Surface.values()) {
            for (int i = 0; i < 8; i++) {
                double x = random.nextDouble() * 20 - 10;
                double y = random.nextDouble() * 20 - 10;
                checkSize(student, f, x, y);
                checkDirection(student, f, x, y);
            }
        }
        // The bowl: the size is twice the distance from the origin, so it grows towards the edges.
        double centre = student.size(Surface.SUM_OF_SQUARES, 0.5, 0.5);
        double edge = student.size(Surface.SUM_OF_SQUARES, 10, 10);
        Checks.that(edge > centre, "size(SUM_OF_SQUARES, 10, 10) should exceed size(SUM_OF_SQUARES, 0.5, 0.5): the bowl "
                + "is steeper at the edges, but you gave " + Numbers.show(edge) + " and " + Numbers.show(centre) + ".");
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("where the gradient is zero its size is exactly 0 and its direction is refused, and only there")
    void noDirectionWhereTheGradientIsZero(GradientAtPoint student, RandomGenerator random) {
        // The valley y = -x of (x + y)^2 at a fixed point first (not only the origin is flat), then anywhere on it.
        double a = random.nextDouble() * 4 - 2;
        double[][] flat = {{0, 0, 0}, {1, 0, 0}, {2, 1.5, -1.5}, {2, a, -a}};
        for (double[] c : flat) {
            Surface f = Surface.values()[(int) c[0]];
            String where = f.name() + ", " + Numbers.show(c[1]) + ", " + Numbers.show(c[2]);
            // "It is 0 where the gradient is zero": exactly 0, as hypot(0, 0) and sqrt(0) are; not a small number.
            double size = student.size(f, c[1], c[2]);
            Checks.that(size == 0, "size(" + where + "): expected exactly 0 (the gradient is (0, 0) here), got "
                    + Numbers.show(size) + (size != 0 && Math.abs(size) < 1e-6 ? ": add nothing to the sum of squares" : "")
                    + ".");
            Checks.refuses("unitDirection(" + where + ")", IllegalArgumentException.class,
                    () -> student.unitDirection(f, c[1], c[2]));
        }
        // Refused only when both components are 0: one zero component, or a tiny gradient, still has a direction.
        for (double[] c : new double[][] {{1, 0, 1, 0}, {0, 1, 0, 1}, {1e-9, 0, 1, 0}, {0, -1e-9, 0, -1}}) {
            String call = "unitDirection(SUM_OF_SQUARES, " + Numbers.show(c[0]) + ", " + Numbers.show(c[1]) + ")";
            double[] answer;
            try {
                answer = student.unitDirection(Surface.SUM_OF_SQUARES, c[0], c[1]);
            } catch (IllegalArgumentException e) {
                throw new AssertionError(call + " threw IllegalArgumentException, but the gradient ("
                        + Numbers.show(2 * c[0]) + ", " + Numbers.show(2 * c[1]) + ") is not zero: refuse only where both "
                        + "components are 0.", e);
            }
            Checks.closeArray(call, new double[] {c[2], c[3]}, answer, EXACT);
        }
    }

    /** Checks the gradient at (x, y) and returns the student's array. */
    private double[] checkGradient(GradientAtPoint student, Surface f, double x, double y) {
        double[] expected = reference.gradient(f, x, y);
        List<Hint> hints = new ArrayList<>(List.of(
                Hint.matches(List.of(expected[1], expected[0]), "the gradient lists df/dx first, then df/dy: your two "
                        + "components are in the other order."),
                Hint.factor(-1, "your gradient has the opposite sign: the gradient points uphill.")));
        if (f == Surface.SQUARE_PLUS_CUBE) {
            hints.add(Hint.matches(List.of(2 * x, 3 * y), "the power rule lowers the exponent by one: d/dy y^3 = 3y^2."));
        } else if (f == Surface.SQUARE_OF_SUM) {
            hints.add(Hint.matches(List.of(2 * x, 2 * y), "the middle term 2xy counts too: d/dx 2xy = 2y."));
        }
        double[] answer = student.gradient(f, x, y);
        Checks.closeArray("gradient(" + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ") of " + f.formula(),
                expected, answer, EXACT, hints.toArray(Hint[]::new));
        return answer;
    }

    private void checkSize(GradientAtPoint student, Surface f, double x, double y) {
        double expected = reference.size(f, x, y);
        Checks.close("size(" + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ")", expected,
                student.size(f, x, y), EXACT,
                Hint.matches(List.of(expected * expected), "that is the squared length: take the square root, "
                        + "sqrt(gx^2 + gy^2)."));
    }

    /** Checks the unit direction at (x, y) and returns the student's array. */
    private double[] checkDirection(GradientAtPoint student, Surface f, double x, double y) {
        double[] expected = reference.unitDirection(f, x, y);
        double[] g = reference.gradient(f, x, y);
        double[] answer = student.unitDirection(f, x, y);
        Checks.closeArray("unitDirection(" + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ")", expected,
                answer, EXACT,
                Hint.matches(List.of(g[0], g[1]), "that is the gradient itself: divide it by its size to get a unit "
                        + "vector."),
                Hint.factor(-1, "your direction points the opposite way, downhill."));
        return answer;
    }
}
