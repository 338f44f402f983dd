package tangent.exercises.lesson07;

import tangent.course.Exercise;

/**
 * The support vectors: the points that decide the maximum-margin line.
 *
 * <p>The text adds (-1, -1) and (-3, -1) to class -1 and (3, 3) to class +1 and finds the same line
 * as for (0, 0), (1, 2) and (2, 1) alone, and asks why. Because the line depends only on the points
 * that lie on the margin, where t_i (a x_i + b y_i + c) = 1 exactly: the support vectors. The other
 * points satisfy their constraint with room to spare; removing them, or adding more such points,
 * leaves the line where it is. There may be 2, 3 or more support vectors, and they are not simply
 * the closest point of each class.
 *
 * <p>Here a point is a support vector when t_i (a x_i + b y_i + c) is within 1e-6 of 1 at the
 * solution (a, b, c) of the hard-margin problem (see {@link HardMarginSvm}; you may use your own
 * implementation of it). The tests' other points are far from the margin. Bad input is refused as
 * {@link HardMarginSvm} refuses it.
 */
@Exercise(lesson = "L07", task = "support-vectors", title = "Support vectors: the points that decide the line")
public interface SupportVectors {

    /**
     * The indices (from 0) of the support vectors, in increasing order.
     *
     * <p>Example: the six points (-1, -1), (-3, -1), (0, 0) in class -1 and (3, 3), (1, 2), (2, 1) in
     * class +1, in that order, give {2, 4, 5}: (0, 0), (1, 2) and (2, 1).
     *
     * @param points one row {x, y} per point
     * @param labels -1 or +1 per point
     * @return a new array of indices, ascending
     */
    int[] supportVectors(double[][] points, int[] labels);
}
