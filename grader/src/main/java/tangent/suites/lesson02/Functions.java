package tangent.suites.lesson02;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Smooth functions to integrate, each with an antiderivative and a derivative (for "differentiated
 * instead" candidates), chosen so that values stay moderate on [-15, 15].
 */
final class Functions {

    /**
     * A function with its antiderivative and derivative.
     *
     * @param name           as a student reads it
     * @param f              the function
     * @param antiderivative an antiderivative of f
     * @param derivative     the derivative of f
     */
    record Named(String name, DoubleUnaryOperator f, DoubleUnaryOperator antiderivative,
            DoubleUnaryOperator derivative) {
    }

    static final Named TWO_X = new Named("2x", x -> 2 * x, x -> x * x, x -> 2);
    static final Named THREE_X_SQUARED_MINUS_FOUR_X = new Named("3x^2 - 4x", x -> 3 * x * x - 4 * x,
            x -> x * x * x - 2 * x * x, x -> 6 * x - 4);

    static final List<Named> ALL = List.of(
            TWO_X,
            THREE_X_SQUARED_MINUS_FOUR_X,
            new Named("cos x", Math::cos, Math::sin, x -> -Math.sin(x)),
            new Named("sin 2x", x -> Math.sin(2 * x), x -> -Math.cos(2 * x) / 2, x -> 2 * Math.cos(2 * x)),
            new Named("e^(x/5)", x -> Math.exp(x / 5), x -> 5 * Math.exp(x / 5), x -> Math.exp(x / 5) / 5),
            new Named("1/(1 + x^2)", x -> 1 / (1 + x * x), Math::atan, x -> -2 * x / ((1 + x * x) * (1 + x * x))),
            new Named("x^3 - x", x -> x * x * x - x, x -> x * x * x * x / 4 - x * x / 2, x -> 3 * x * x - 1));

    private Functions() {
    }

    static Named pick(RandomGenerator random) {
        return ALL.get(random.nextInt(ALL.size()));
    }

    /**
     * A grid a, b, dx on which (b - a) / dx is at least 0.1 away from a whole number, so that every
     * reasonable way of counting the points gives the same n: a in [-5, 5], b - a in [0.5, 10],
     * dx in [0.005, 0.1].
     */
    static double[] grid(RandomGenerator random) {
        while (true) {
            double a = Math.round((random.nextDouble() * 10 - 5) * 100) / 100.0;
            double length = 0.5 + 9.5 * random.nextDouble();
            double dx = Math.pow(10, -2.3 + 1.3 * random.nextDouble());
            double ratio = length / dx;
            double fraction = ratio - Math.floor(ratio);
            if (fraction > 0.1 && fraction < 0.9) {
                return new double[] {a, a + length, dx};
            }
        }
    }

    /**
     * A grid whose step divides b - a exactly in floating point (a and b whole, dx a power of 2),
     * so b itself would be the point a + n dx: a in [-8, 0], b - a in [1, 8].
     */
    static double[] exactGrid(RandomGenerator random) {
        double a = -random.nextInt(9);
        double b = a + 1 + random.nextInt(8);
        double dx = new double[] {1, 0.5, 0.25, 0.125}[random.nextInt(4)];
        return new double[] {a, b, dx};
    }

    /** "(a, b, dx)" for messages. */
    static String show(double a, double b, double dx) {
        return tangent.grader.check.Numbers.show(a) + ", " + tangent.grader.check.Numbers.show(b) + ", "
                + tangent.grader.check.Numbers.show(dx);
    }
}
