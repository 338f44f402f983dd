package tangent.exercises.lesson04;

import tangent.course.Exercise;

/**
 * The multivariate chain rule, written with Jacobians.
 *
 * <p>When f depends on a vector x = (x_1, ..., x_n) and each x_i depends on t, then f changes with t
 * through every x_i, and the changes add up: df/dt = sum over i of (df/dx_i)(dx_i/dt), the dot
 * product of the gradient of f with the velocity dx/dt. Written with matrices, it is the 1 x n
 * Jacobian of f (the gradient as a row) times the n x 1 Jacobian of x(t) (the velocity as a column).
 *
 * <p>The chain can have more links. In one variable, with f(x) = 5x, x(u) = 1 - u and u(t) = t^2,
 * substituting gives f = 5 - 5t^2 and df/dt = -10t; the chain rule gives the same,
 * df/dt = (df/dx)(dx/du)(du/dt) = 5 * (-1) * 2t. With vectors, f(x(u(t))) where t is a scalar, u and
 * x vectors of length 2 and f a scalar, each factor is a Jacobian and the derivative is their
 * product, in the order of the chain from the outside in:
 *
 * <pre>
 * df/dt  =  (df/dx)  (dx/du)  (du/dt)
 * (1x1)  =  (1x2)    (2x2)    (2x1)
 * </pre>
 *
 * <p>Each Jacobian is taken at its own link's input: df/dx at x(u(t)), dx/du at u(t), du/dt at t.
 * Matrix products do not commute; only this order is right, and the shapes show it.
 */
@Exercise(lesson = "L04", task = "chain-rule", title = "The multivariate chain rule")
public interface MultivariateChainRule {

    /**
     * df/dt = grad f . dx/dt, the dot product of the gradient of f at x(t) and the velocity dx/dt.
     *
     * <p>Example: f(x, y) = x^2 + y^3 along x = 2 + t, y = 3 + 2t, at t = 0: the gradient there is
     * (4, 27), the velocity (1, 2), so df/dt = 4 * 1 + 27 * 2 = 58.
     *
     * @param gradient the gradient of f at x(t), length n &gt;= 1
     * @param velocity dx/dt, the same length n
     * @return df/dt
     * @throws IllegalArgumentException when either is null or empty or their lengths differ
     */
    double totalDerivative(double[] gradient, double[] velocity);

    /**
     * The derivative through a chain of links: the product J_1 J_2 ... J_k of the links' Jacobians,
     * given from the outermost function (J_1, the Jacobian of f) to the innermost (J_k, the Jacobian
     * of the first function applied to t). Each J_i has as many columns as J_(i+1) has rows.
     *
     * <p>Example (1x2)(2x2)(2x1): u(t) = (t, t^2), x(u) = (u_1 + u_2, u_1 u_2), f(x) = x_1^2 + x_2, at
     * t = 2. Then u = (2, 4), x = (6, 8) and the Jacobians are df/dx = [[12, 1]], dx/du = [[1, 1],
     * [4, 2]], du/dt = [[1], [4]], whose product is [[72]]: indeed f(t) = (t + t^2)^2 + t^3 has
     * derivative 2(t + t^2)(1 + 2t) + 3t^2 = 72 at t = 2. In one variable, [[5]], [[-1]], [[2t]] at
     * t = 3 give [[-30]] = -10t.
     *
     * @param jacobians the Jacobians, outermost first, at least one, each a rectangular matrix with at
     *                  least one row and one column
     * @return a new matrix, the product, with the rows of J_1 and the columns of J_k
     * @throws IllegalArgumentException when no matrix is given, one is null, empty or ragged, or
     *                                  the columns of one are not the rows of the next
     */
    double[][] chain(double[][]... jacobians);
}
