package tangent.suites.lesson02;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson02.DefiniteIntegrals;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson02.ReferenceDefiniteIntegrals;

/**
 * Simpson's rule exactly as defined (against the reference's sum, to rounding), and definite
 * integrals to the stated accuracy (against Commons Math's Gauss-Legendre integrator, itself good
 * to about 1e-14).
 */
@Grades(DefiniteIntegrals.class)
class DefiniteIntegralsSuite {

    /** The same weighted sum of n &lt;= 1000 terms in another order: rounding of order n eps. */
    private static final Tolerance SIMPSON = Tolerance.of(1e-10, 1e-10);
    /** What the task promises: within 1e-8 (1 + |I|) of the true value. */
    private static final Tolerance INTEGRAL = Tolerance.of(1e-8, 1e-8);

    private final ReferenceDefiniteIntegrals reference = new ReferenceDefiniteIntegrals();

    /** A smooth function with the interval it is integrated on. */
    private record Case(String name, DoubleUnaryOperator f, double a, double b) {
    }

    @Test
    @Points(2)
    @DisplayName("Simpson's rule with n = 2: x^2 on [0, 1] gives 1/3, e^x on [0, 1] about 1.718861")
    void simpsonOnTheExamples(DefiniteIntegrals student) {
        checkSimpson(student, new Case("x^2", x -> x * x, 0, 1), 2);
        checkSimpson(student, new Case("e^x", Math::exp, 0, 1), 2);
        checkSimpson(student, new Case("e^x", Math::exp, 0, 1), 10);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("Simpson's rule for random functions, intervals and even n")
    void simpsonElsewhere(DefiniteIntegrals student, RandomGenerator random) {
        for (int k = 0; k < 10; k++) {
            checkSimpson(student, randomCase(random), 2 * (1 + random.nextInt(500)));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("Simpson's rule: reversed limits give the negative, equal limits 0; odd or small n are refused")
    void simpsonEdges(DefiniteIntegrals student) {
        checkSimpson(student, new Case("cos x", Math::cos, 2, -1), 8);
        checkSimpson(student, new Case("cos x", Math::cos, 1.5, 1.5), 4);
        for (int n : new int[] {0, 1, 3, -2}) {
            Checks.refuses("simpson(cos, 0, 1, " + n + ")", IllegalArgumentException.class,
                    () -> student.simpson(Math::cos, 0, 1, n));
        }
        Checks.refuses("simpson(cos, 0, NaN, 4)", IllegalArgumentException.class,
                () -> student.simpson(Math::cos, 0, Double.NaN, 4));
        Checks.refuses("simpson(cos, -Infinity, 0, 4)", IllegalArgumentException.class,
                () -> student.simpson(Math::cos, Double.NEGATIVE_INFINITY, 0, 4));
    }

    @Test
    @Points(2)
    @DisplayName("integrate 3x^2 - 4x on [0, 3] (9), 1/(1 + x^2) on [0, 1] (pi/4) and on [-10, 10]")
    void integrateTheExamples(DefiniteIntegrals student) {
        checkIntegral(student, new Case("3x^2 - 4x", Functions.THREE_X_SQUARED_MINUS_FOUR_X.f(), 0, 3));
        checkIntegral(student, new Case("1/(1 + x^2)", x -> 1 / (1 + x * x), 0, 1));
        checkIntegral(student, new Case("2x", x -> 2 * x, -10, 10));
        // 20 long, the most the task allows, with the peak of 1/(1 + x^2) inside: a rule that is too coarse near
        // its poles at +-i (one 16-point Gauss panel on [-2, 2] misses by about 1e-7) fails here
        checkIntegral(student, new Case("1/(1 + x^2)", x -> 1 / (1 + x * x), -10, 10));
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("integrate smooth functions on random intervals up to 20 long, to within 1e-8 (1 + |I|)")
    void integrateElsewhere(DefiniteIntegrals student, RandomGenerator random) {
        for (int k = 0; k < 10; k++) {
            checkIntegral(student, randomCase(random));
        }
        double mu = random.nextDouble() * 4 - 2;
        double sigma = 0.5 + random.nextDouble() * 2;
        checkIntegral(student, new Case("the normal density with mean " + Numbers.show(mu) + " and standard deviation "
                + Numbers.show(sigma), x -> Math.exp(-(x - mu) * (x - mu) / (2 * sigma * sigma))
                        / (sigma * Math.sqrt(2 * Math.PI)), mu - 3 * sigma, mu + 2 * sigma));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("integrate: reversed limits give the negative, equal limits 0, infinite limits are refused")
    void integrateEdges(DefiniteIntegrals student) {
        checkIntegral(student, new Case("e^x", Math::exp, 2, -1));
        checkIntegral(student, new Case("e^x", Math::exp, 0.5, 0.5));
        Checks.refuses("integrate(exp, 0, Infinity)", IllegalArgumentException.class,
                () -> student.integrate(Math::exp, 0, Double.POSITIVE_INFINITY));
        Checks.refuses("integrate(exp, NaN, 1)", IllegalArgumentException.class,
                () -> student.integrate(Math::exp, Double.NaN, 1));
        Checks.refuses("integrate(exp, -Infinity, 0)", IllegalArgumentException.class,
                () -> student.integrate(Math::exp, Double.NEGATIVE_INFINITY, 0));
        Checks.refuses("integrate(exp, 0, NaN)", IllegalArgumentException.class,
                () -> student.integrate(Math::exp, 0, Double.NaN));
    }

    // ---- shared checks ---------------------------------------------------------------------

    private void checkSimpson(DefiniteIntegrals student, Case c, int n) {
        double expected = reference.simpson(c.f(), c.a(), c.b(), n);
        double h = (c.b() - c.a()) / n;
        double trapezoid = 0;
        double swapped = 0;
        for (int k = 0; k <= n; k++) {
            double fx = c.f().applyAsDouble(c.a() + k * h);
            boolean end = k == 0 || k == n;
            trapezoid += (end ? 0.5 : 1) * fx * h;
            swapped += (end ? 1 : k % 2 == 1 ? 2 : 4) * fx * h / 3;
        }
        Checks.close("simpson(" + c.name() + ", " + Numbers.show(c.a()) + ", " + Numbers.show(c.b()) + ", " + n + ")",
                expected, student.simpson(c.f(), c.a(), c.b(), n), SIMPSON,
                Hint.factor(3, "divide by 3: S_n = h/3 (f(x_0) + 4 f(x_1) + 2 f(x_2) + ... + f(x_n))."),
                Hint.matches(List.of(trapezoid), "that is the trapezoid rule; Simpson weights the points 1, 4, 2, 4, "
                        + "..., 4, 1 and multiplies by h/3."),
                Hint.matches(List.of(swapped), "the weights are swapped: odd-numbered points x_1, x_3, ... get 4, "
                        + "even-numbered inner points get 2."));
    }

    private void checkIntegral(DefiniteIntegrals student, Case c) {
        Checks.close("integrate(" + c.name() + ", " + Numbers.show(c.a()) + ", " + Numbers.show(c.b()) + ")",
                reference.integrate(c.f(), c.a(), c.b()), student.integrate(c.f(), c.a(), c.b()), INTEGRAL,
                Hint.signFlip());
    }

    /** One of the lesson's smooth functions, or e^(kx), sin(kx), cos(kx) with |k| &lt;= 3, on up to 20. */
    private static Case randomCase(RandomGenerator random) {
        double a = Math.round((random.nextDouble() * 20 - 10) * 100) / 100.0;
        double b = Math.round((a + 0.5 + random.nextDouble() * 9.5) * 100) / 100.0;
        double k = Math.round((random.nextDouble() * 6 - 3) * 10) / 10.0;
        return switch (random.nextInt(4)) {
            case 0 -> new Case("sin(" + Numbers.show(k) + "x)", x -> Math.sin(k * x), a, b);
            case 1 -> new Case("cos(" + Numbers.show(k) + "x)", x -> Math.cos(k * x), a, b);
            case 2 -> new Case("e^(" + Numbers.show(k / 3) + "x)", x -> Math.exp(k / 3 * x), a, b);
            default -> {
                Functions.Named f = Functions.pick(random);
                yield new Case(f.name(), f.f(), a, b);
            }
        };
    }
}
