package tangent.exercises.lesson07;

import tangent.course.Exercise;

/**
 * The line of maximum separation between two classes of points: the hard-margin support vector
 * machine.
 *
 * <p>Minimize a^2 + b^2 subject to t_i (a x_i + b y_i + c) &gt;= 1 for every point (x_i, y_i) with
 * label t_i. Every point is then at distance at least 1 / sqrt(a^2 + b^2) from the line
 * a x + b y + c = 0, on its own class's side (class +1 where a x + b y + c &gt; 0), so minimizing
 * a^2 + b^2 maximizes that margin. The text's points (0, 0) in class -1, (1, 2) and (2, 1) in class
 * +1 give a = b = 2/3, c = -1, objective a^2 + b^2 = 8/9 (scipy prints 0.8888888888888942). Adding
 * (-1, -1) and (-3, -1) to class -1 and (3, 3) to class +1 gives the same line.
 *
 * <p>How to find it: the solution is the stationary point of the Lagrangian (see
 * {@link SvmLagrangian}) for the right set of active constraints. For small sets you can try them
 * all: for every set of 2 or 3 constraints with both classes among them, solve the linear system,
 * keep the solutions that satisfy every constraint (to within 1e-9), and return the one with the
 * smallest a^2 + b^2. In the plane that is exact: some set of at most 3 active constraints always
 * determines the solution. The tests use at most 12 points.
 *
 * <p>Refuse with {@link IllegalArgumentException}: rows that are not {x, y}, labels not -1 or +1,
 * arrays of different lengths, only one class present, and classes that no line separates.
 */
@Exercise(lesson = "L07", task = "hard-margin", title = "The maximum-margin line")
public interface HardMarginSvm {

    /**
     * The solution {a, b, c} of the hard-margin problem. Example: the text's three points give
     * {0.6666666666666666, 0.6666666666666666, -1}.
     *
     * @param points one row {x, y} per point
     * @param labels -1 or +1 per point
     * @return a new array {a, b, c}
     */
    double[] fit(double[][] points, int[] labels);
}
