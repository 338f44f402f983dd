package tangent.suites.lesson01;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceScheme;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson01.ReferenceDifferenceQuotients;

/** Forward and central quotients, the secant table, and the observed order of accuracy. */
@Grades(DifferenceQuotients.class)
class DifferenceQuotientsSuite {

    /** The same formula evaluated in another order differs by rounding only. */
    private static final Tolerance QUOTIENT = Tolerance.of(1e-9, 1e-9);
    /** log2 of an error ratio; truncation errors at these steps dwarf rounding. */
    private static final Tolerance ORDER = Tolerance.of(1e-6, 0);

    private final ReferenceDifferenceQuotients reference = new ReferenceDifferenceQuotients();

    @Test
    @Points(2)
    @DisplayName("secant slopes of x^2 at 1 for dx = 1, 0.5, 0.25, 0.1 are 3, 2.5, 2.25, 2.1")
    void secantSlopesFromTheText(DifferenceQuotients student) {
        double[] dxs = {1, 0.5, 0.25, 0.1};
        Checks.closeArray("secantSlopes(x^2, 1, {1, 0.5, 0.25, 0.1})",
                reference.secantSlopes(x -> x * x, 1, dxs), student.secantSlopes(x -> x * x, 1, dxs.clone()),
                QUOTIENT, Hint.matches(List.of(2.0, 2.0, 2.0, 2.0),
                        "these are the exact slopes 2; the secant slopes come from the forward quotient with each dx."));
    }

    @Test
    @Points(1)
    @DisplayName("the central quotient of x^2 at 1 is exactly 2")
    void centralIsExactForAParabola(DifferenceQuotients student) {
        Checks.close("central(x^2, 1, 0.5)", 2.0, student.central(x -> x * x, 1, 0.5), QUOTIENT,
                Hint.factor(1.25, "2.5 is the forward quotient: the central one is (f(x+dx) - f(x-dx)) / (2 dx)."),
                Hint.factor(2, "divide by 2*dx: the central secant spans from x - dx to x + dx."));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("forward quotients of smooth functions at fixed and random points and steps, negative steps included")
    void forwardAtRandomPoints(DifferenceQuotients student, RandomGenerator random) {
        atRandomPoints(random, DifferenceScheme.FORWARD, student::forward,
                "that is the central quotient; the forward one is (f(x+dx) - f(x)) / dx.");
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("central quotients of smooth functions at fixed and random points and steps, negative steps included")
    void centralAtRandomPoints(DifferenceQuotients student, RandomGenerator random) {
        atRandomPoints(random, DifferenceScheme.CENTRAL, student::central,
                "that is the forward quotient; the central one is (f(x+dx) - f(x-dx)) / (2 dx).",
                Hint.factor(2, "divide by 2*dx: the central secant spans from x - dx to x + dx."));
    }

    /** One of the student's quotients against the reference's, with a hint when it is the other scheme. */
    private void atRandomPoints(RandomGenerator random, DifferenceScheme scheme, Quotient student,
            String otherSchemeHint, Hint... moreHints) {
        DifferenceScheme other = scheme == DifferenceScheme.FORWARD ? DifferenceScheme.CENTRAL : DifferenceScheme.FORWARD;
        // Fixed cases first, so that every seed asks for a negative step (allowed: the secant lies to the left),
        // which catches a quotient that refuses it or takes |dx|.
        double[][] fixed = {{1, 0.5}, {1, -0.5}, {0.3, -0.01}};
        for (int i = 0; i < fixed.length + 20; i++) {
            boolean isFixed = i < fixed.length;
            TestFunctions.Named f = isFixed ? TestFunctions.ALL.get(4) : TestFunctions.pick(random);
            double x = isFixed ? fixed[i][0] : f.sample(random);
            double dx = isFixed ? fixed[i][1] : step(random);
            List<Hint> hints = new ArrayList<>(List.of(
                    Hint.matches(List.of(quotient(other, f, x, dx)), otherSchemeHint), Hint.signFlip()));
            hints.addAll(List.of(moreHints));
            Checks.close(scheme.name().toLowerCase(java.util.Locale.ROOT) + "(" + f.name() + ", " + Numbers.show(x)
                    + ", " + Numbers.show(dx) + ")", quotient(scheme, f, x, dx),
                    student.at(f::value, x, dx), QUOTIENT, hints.toArray(Hint[]::new));
        }
    }

    /** forward or central, as the student wrote it. */
    @FunctionalInterface
    private interface Quotient {
        double at(java.util.function.DoubleUnaryOperator f, double x, double dx);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a step of 0, NaN or infinity is refused with IllegalArgumentException")
    void unusableStepsAreRefused(DifferenceQuotients student) {
        for (double dx : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Checks.refuses("forward(sin, 1, " + dx + ")", IllegalArgumentException.class,
                    () -> student.forward(Math::sin, 1, dx));
            Checks.refuses("central(sin, 1, " + dx + ")", IllegalArgumentException.class,
                    () -> student.central(Math::sin, 1, dx));
            for (DifferenceScheme scheme : DifferenceScheme.values()) {
                Checks.refuses("observedOrder(" + scheme + ", sin, cos, 1, " + dx + ")", IllegalArgumentException.class,
                        () -> student.observedOrder(scheme, Math::sin, Math::cos, 1, dx));
            }
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("secant slopes: negative steps, an empty table, a new array each time, the caller's array left alone")
    void secantSlopesEdgeCases(DifferenceQuotients student, RandomGenerator random) {
        Checks.closeArray("secantSlopes(x^2, 1, {})", new double[0], student.secantSlopes(x -> x * x, 1, new double[0]),
                QUOTIENT);
        TestFunctions.Named f = TestFunctions.pick(random);
        double x0 = f.sample(random);
        double[] dxs = {-0.5, -0.01, 0.01, 0.3, 1e-3};
        double[] given = dxs.clone();
        Checks.closeArray("secantSlopes(" + f.name() + ", " + Numbers.show(x0) + ", {-0.5, -0.01, 0.01, 0.3, 0.001})",
                reference.secantSlopes(f::value, x0, dxs), student.secantSlopes(f::value, x0, given), QUOTIENT);
        Checks.that(java.util.Arrays.equals(dxs, given), "secantSlopes changed the array of steps it was given "
                + "(now " + Numbers.show(given) + "): return a new array instead.");
        double[] first = student.secantSlopes(f::value, x0, given);
        double[] second = student.secantSlopes(f::value, x0, given);
        Checks.that(first != given && second != given, "secantSlopes returned the array of steps it was given: "
                + "return a new array.");
        Checks.that(first != second, "secantSlopes returned the same array object twice: each call must return a new "
                + "array, or the caller's first table changes when the second is written.");
    }

    @Test
    @Points(2)
    @DisplayName("the forward quotient is first order: sin at 1 with dx = 0.01 gives about 1")
    void forwardIsFirstOrder(DifferenceQuotients student) {
        order(student, DifferenceScheme.FORWARD, TestFunctions.ALL.get(0), 1, 0.01);
    }

    @Test
    @Points(2)
    @DisplayName("the central quotient is second order: sin at 1 with dx = 0.01 gives about 2")
    void centralIsSecondOrder(DifferenceQuotients student) {
        order(student, DifferenceScheme.CENTRAL, TestFunctions.ALL.get(0), 1, 0.01);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("observed orders of both schemes for other functions, points and steps")
    void observedOrderElsewhere(DifferenceQuotients student, RandomGenerator random) {
        // Near x = -0.02 the forward errors of sin at dx = 0.1 and 0.05 have opposite signs: E is |q - f'|, and a
        // ratio without the absolute values has no logarithm (NaN). Fixed, so every seed asks it.
        order(student, DifferenceScheme.FORWARD, TestFunctions.ALL.get(0), -0.02, 0.1);
        order(student, DifferenceScheme.CENTRAL, TestFunctions.ALL.get(2), 0.5, 0.05);
        for (int i = 0; i < 10; i++) {
            TestFunctions.Named f = TestFunctions.pick(random);
            DifferenceScheme scheme = random.nextBoolean() ? DifferenceScheme.FORWARD : DifferenceScheme.CENTRAL;
            order(student, scheme, f, f.sample(random), 0.01 + 0.09 * random.nextDouble());
        }
    }

    private void order(DifferenceQuotients student, DifferenceScheme scheme, TestFunctions.Named f, double x, double dx) {
        double expected = reference.observedOrder(scheme, f::value, f::derivative, x, dx);
        double actual = student.observedOrder(scheme, f::value, f::derivative, x, dx);
        List<Hint> hints = new ArrayList<>();
        hints.add(Hint.signFlip());
        hints.add(Hint.matches(List.of(Math.log(Math.abs(quotient(scheme, f, x, dx) - f.derivative(x))
                        / Math.abs(quotient(scheme, f, x, dx / 2) - f.derivative(x)))),
                "that is the natural log of the error ratio; the order is its log base 2: divide by ln 2."));
        Checks.close("observedOrder(" + scheme + ", " + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(dx) + ")",
                expected, actual, ORDER, hints.toArray(Hint[]::new));
    }

    private double quotient(DifferenceScheme scheme, TestFunctions.Named f, double x, double dx) {
        return scheme == DifferenceScheme.FORWARD ? reference.forward(f::value, x, dx) : reference.central(f::value, x, dx);
    }

    /** A step between 1e-4 and 0.5 in size, of either sign. */
    private static double step(RandomGenerator random) {
        double size = Math.pow(10, -4 + 3.7 * random.nextDouble());
        return random.nextInt(4) == 0 ? -size : size;
    }
}
