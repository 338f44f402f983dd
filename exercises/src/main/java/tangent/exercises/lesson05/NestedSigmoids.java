package tangent.exercises.lesson05;

import tangent.course.Exercise;

/**
 * The chain rule through two nested sigmoids, a network of two one-weight layers:
 * <pre>
 *   h = S(w1 x),   y = S(w2 h) = S(w2 S(w1 x))
 * </pre>
 * where S is the sigmoid and S'(z) = S(z) (1 - S(z)). By the chain rule
 * <pre>
 *   dy/dw2 = S'(w2 h) h
 *   dy/dw1 = S'(w2 h) w2 S'(w1 x) x
 * </pre>
 * The text's example is x = 2, w1 = 3, w2 = 4: then h = S(6), about 0.997527, y is about 0.981838,
 * dy/dw2 is about 0.017788 and dy/dw1 is about 0.000352 (each S' is small here, and dy/dw1
 * carries two of them).
 *
 * <p>The expressions are in the variables {@code x}, {@code w1} and {@code w2} (see the package
 * documentation for the notation). The sigmoid may be written as {@code S(...)},
 * {@code sigmoid(...)} or out in full with {@code exp}: h is {@code S(w1*x)} or
 * {@code 1/(1 + exp(-w1*x))}.
 */
@Exercise(lesson = "L05", task = "nested-sigmoids", title = "Chain rule through nested sigmoids")
public interface NestedSigmoids {

    /**
     * y = S(w2 S(w1 x)).
     *
     * @param x  the input
     * @param w1 the inner weight
     * @param w2 the outer weight
     * @return y
     */
    double output(double x, double w1, double w2);

    /**
     * dy/dw2 = S'(w2 h) h with h = S(w1 x).
     *
     * @param x  the input
     * @param w1 the inner weight
     * @param w2 the outer weight
     * @return dy/dw2
     */
    double dOutputDw2(double x, double w1, double w2);

    /**
     * dy/dw1 = S'(w2 h) w2 S'(w1 x) x with h = S(w1 x).
     *
     * @param x  the input
     * @param w1 the inner weight
     * @param w2 the outer weight
     * @return dy/dw1
     */
    double dOutputDw1(double x, double w1, double w2);

    /**
     * dy/dw2 as an expression in x, w1 and w2.
     *
     * @return dy/dw2 as text
     */
    String dOutputDw2Expression();

    /**
     * dy/dw1 as an expression in x, w1 and w2.
     *
     * @return dy/dw1 as text
     */
    String dOutputDw1Expression();
}
