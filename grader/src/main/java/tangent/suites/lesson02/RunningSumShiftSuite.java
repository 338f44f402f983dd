package tangent.suites.lesson02;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson02.RunningSumShift;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson02.ReferenceRunningSumShift;

/**
 * The text's plot as numbers: offsets between the running sum and a candidate antiderivative, the
 * constant shift, and the decision whether the running sum is the candidate shifted. Random
 * decisions are only asked where the reference's largest deviation is less than half of T or more
 * than twice it, so that any sensible reading of T (n dx for b - a, the last slope left out) decides
 * the same; a few fixed cases, where those readings all give the same T, decide each of T's terms.
 */
@Grades(RunningSumShift.class)
class RunningSumShiftSuite {

    /** Offsets are running sums minus F: the sums' tolerance (see RiemannSumSuite) applies. */
    private static final Tolerance OFFSET = RiemannSumSuite.SUM;

    private final ReferenceRunningSumShift reference = new ReferenceRunningSumShift();

    @Test
    @Points(2)
    @DisplayName("offsets of the running sum of 2x from x^2 on [-10, 10) with dx = 0.1: -102 + 0.01 i")
    void offsetsOfTheText(RunningSumShift student) {
        checkOffsets(student, Functions.TWO_X, "x^2", Functions.TWO_X.antiderivative(), -10, 10, 0.1);
    }

    @Test
    @Points(2)
    @DisplayName("shift of the running sum from x^2 (-101.005), from x^2 + 5, and of 3x^2 - 4x from x^3 - 2x^2")
    void shiftsOfTheText(RunningSumShift student) {
        checkShift(student, Functions.TWO_X, "x^2", x -> x * x, -10, 10, 0.1);
        checkShift(student, Functions.TWO_X, "x^2 + 5", x -> x * x + 5, -10, 10, 0.1);
        checkShift(student, Functions.THREE_X_SQUARED_MINUS_FOUR_X, "x^3 - 2x^2",
                Functions.THREE_X_SQUARED_MINUS_FOUR_X.antiderivative(), -10, 10, 0.1);
    }

    @Test
    @Points(2)
    @DisplayName("the text's antiderivatives are shifted copies; x^2 + x, the derivative and the integrand are not")
    void decisionsOfTheText(RunningSumShift student) {
        Functions.Named two = Functions.TWO_X;
        Functions.Named cubic = Functions.THREE_X_SQUARED_MINUS_FOUR_X;
        decide(student, two, "x^2", two.antiderivative(), -10, 10, 0.1);
        decide(student, two, "x^2 + x", x -> x * x + x, -10, 10, 0.1);
        decide(student, two, "2 (the derivative of 2x)", two.derivative(), -10, 10, 0.1);
        decide(student, two, "2x (the integrand itself)", two.f(), -10, 10, 0.1);
        decide(student, cubic, "x^3 - 2x^2", cubic.antiderivative(), -10, 10, 0.1);
        decide(student, cubic, "x^3 - 2x^2 + 7", x -> cubic.antiderivative().applyAsDouble(x) + 7, -10, 10, 0.1);
        decide(student, cubic, "6x - 4 (the derivative of 3x^2 - 4x)", cubic.derivative(), -10, 10, 0.1);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("offsets and shifts for several functions on random intervals and steps")
    void randomOffsetsAndShifts(RunningSumShift student, RandomGenerator random) {
        for (int k = 0; k < 6; k++) {
            Functions.Named f = Functions.pick(random);
            double c = Math.round((random.nextDouble() * 20 - 10) * 100) / 100.0;
            DoubleUnaryOperator big = x -> f.antiderivative().applyAsDouble(x) + c;
            String name = "(an antiderivative of " + f.name() + ") + " + Numbers.show(c);
            double[] g = Functions.grid(random);
            checkOffsets(student, f, name, big, g[0], g[1], g[2]);
            checkShift(student, f, name, big, g[0], g[1], g[2]);
        }
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("right and wrong antiderivatives: cases that hinge on each term of T, and several functions on random intervals and steps")
    void randomDecisions(RunningSumShift student, RandomGenerator random) {
        // Fixed cases that hinge on each term of T, asked on every seed. On [-10, 10) with dx = 0.1, f = 2x gives
        // M = 2 and R = 39.8, so T = 0.1 (20 M + R) = 7.98, and every reading of T the suite allows (n dx for
        // b - a, the last slope left out) gives the same. F = x^2 - x/2 strays 5.97 from its mean: true, but false
        // without R or without the division by dx in M. F = x^2 - 0.9x strays 9.95: false, even with a T that
        // is too large. A constant f has M = R = 0, so only the rounding term 1e-9 (1 + max |F|) keeps a right
        // antiderivative with a large constant true: its offsets differ by rounding, about 1e-10.
        Functions.Named two = Functions.TWO_X;
        decide(student, two, "x^2 - x/2", x -> x * x - x / 2, -10, 10, 0.1);
        decide(student, two, "x^2 - 0.9x", x -> x * x - 0.9 * x, -10, 10, 0.1);
        Functions.Named three = new Functions.Named("3", x -> 3, x -> 3 * x, x -> 0);
        decide(student, three, "3x + 1000000", x -> 3 * x + 1e6, 0, 1, 0.1);
        // M takes forward slopes, f(x_i + dx) - f(x_i). For x^2 on [-2, 0) with dx = 0.5 they are 3.5, 2.5, 1.5,
        // 0.5 (M = 3.5, with or without the last one; n dx = b - a), R = 3.75, T = 5.375; x^3/3 + 7x strays 5.75:
        // false. Backward slopes would take 4.5 from [-2.5, -2], outside the grid: T = 6.375, true.
        Functions.Named square = new Functions.Named("x^2", x -> x * x, x -> x * x * x / 3, x -> 2 * x);
        decide(student, square, "x^3/3 + 7x", x -> x * x * x / 3 + 7 * x, -2, 0, 0.5);
        int asked = 0;
        for (int attempt = 0; asked < 14; attempt++) {
            if (attempt > 1000) {
                throw new IllegalStateException("the suite found too few clear-cut cases");
            }
            Functions.Named f = Functions.pick(random);
            double[] g = Functions.grid(random);
            Candidate candidate = candidate(f, asked % 2 == 0 ? 0 : 1 + random.nextInt(5), random);
            double ratio = reference.largestDeviation(f.f(), candidate.F(), g[0], g[1], g[2])
                    / reference.tolerance(f.f(), candidate.F(), g[0], g[1], g[2]);
            if (ratio > 0.5 && ratio < 2) {
                continue; // too close to T to be a fair question
            }
            decide(student, f, candidate.name(), candidate.F(), g[0], g[1], g[2]);
            asked++;
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("no points (b <= a), a zero, negative or non-finite step and non-finite limits are refused; offsets is a new array")
    void refusals(RunningSumShift student) {
        DoubleUnaryOperator f = Math::cos;
        DoubleUnaryOperator big = Math::sin;
        // Every method, every refusal the task lists: no points, a bad step, a limit that is not finite.
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[][] bad = {{1, 1, 0.1}, {2, 0, 0.1}, {0, 1, 0}, {0, 1, -0.1}, {0, 1, nan}, {0, 1, inf},
            {nan, 1, 0.1}, {0, nan, 0.1}, {-inf, 1, 0.1}, {0, inf, 0.1}};
        for (double[] g : bad) {
            String args = Numbers.show(g[0]) + ", " + Numbers.show(g[1]) + ", " + Numbers.show(g[2]) + ")";
            Checks.refuses("offsets(cos, sin, " + args, IllegalArgumentException.class,
                    () -> student.offsets(f, big, g[0], g[1], g[2]));
            Checks.refuses("shift(cos, sin, " + args, IllegalArgumentException.class,
                    () -> student.shift(f, big, g[0], g[1], g[2]));
            Checks.refuses("differsByConstant(cos, sin, " + args, IllegalArgumentException.class,
                    () -> student.differsByConstant(f, big, g[0], g[1], g[2]));
        }
        Checks.that(student.offsets(f, big, 0, 1, 0.25) != student.offsets(f, big, 0, 1, 0.25),
                "offsets returned the same array object twice: each call must return a new array.");
        Checks.refuses("shift(cos, sin, 1, 1, 0.1)", IllegalArgumentException.class, () -> student.shift(f, big, 1, 1, 0.1));
        Checks.refuses("offsets(cos, sin, 2, 0, 0.1)", IllegalArgumentException.class,
                () -> student.offsets(f, big, 2, 0, 0.1));
        Checks.refuses("differsByConstant(cos, sin, 0, 1, 0)", IllegalArgumentException.class,
                () -> student.differsByConstant(f, big, 0, 1, 0));
        Checks.refuses("shift(cos, sin, 0, 1, -0.1)", IllegalArgumentException.class,
                () -> student.shift(f, big, 0, 1, -0.1));
        Checks.refuses("offsets(cos, sin, -Infinity, 1, 0.1)", IllegalArgumentException.class,
                () -> student.offsets(f, big, Double.NEGATIVE_INFINITY, 1, 0.1));
    }

    // ---- shared checks ---------------------------------------------------------------------

    /** A candidate antiderivative, right or wrong. */
    private record Candidate(String name, DoubleUnaryOperator F) {
    }

    /** 0: right (plus a constant); 1: the derivative; 2: the integrand; 3: F + x; 4: -F; 5: 2F. */
    private static Candidate candidate(Functions.Named f, int kind, RandomGenerator random) {
        DoubleUnaryOperator big = f.antiderivative();
        String of = "an antiderivative of " + f.name();
        return switch (kind) {
            case 0 -> {
                double c = Math.round((random.nextDouble() * 20 - 10) * 10) / 10.0;
                yield new Candidate("(" + of + ") + " + Numbers.show(c), x -> big.applyAsDouble(x) + c);
            }
            case 1 -> new Candidate("the derivative of " + f.name(), f.derivative());
            case 2 -> new Candidate(f.name() + " itself", f.f());
            case 3 -> new Candidate("(" + of + ") + x", x -> big.applyAsDouble(x) + x);
            case 4 -> new Candidate("-(" + of + ")", x -> -big.applyAsDouble(x));
            default -> new Candidate("2 (" + of + ")", x -> 2 * big.applyAsDouble(x));
        };
    }

    private void checkOffsets(RunningSumShift student, Functions.Named f, String name, DoubleUnaryOperator big,
            double a, double b, double dx) {
        String what = "offsets(" + f.name() + ", " + name + ", " + Functions.show(a, b, dx) + ")";
        double[] expected = reference.offsets(f.f(), big, a, b, dx);
        double[] actual = student.offsets(f.f(), big, a, b, dx);
        Checks.that(actual != null && actual.length == expected.length, what + ": expected " + expected.length
                + " offsets, one per point of [a, b), got " + (actual == null ? "null" : actual.length + "") + ".");
        double[] ahead = expected.clone();
        for (int i = 0; i < ahead.length; i++) {
            double x = a + i * dx;
            ahead[i] += big.applyAsDouble(x) - big.applyAsDouble(x + dx);
        }
        Checks.closeArray(what, expected, actual, OFFSET,
                Hint.matches(Numbers.boxed(ahead), "these compare S_i with F(x_i + dx); the offsets of the "
                        + "task are S_i - F(x_i), at the point x_i itself (as the text plots y against x)."),
                Hint.signFlip());
    }

    private void checkShift(RunningSumShift student, Functions.Named f, String name, DoubleUnaryOperator big,
            double a, double b, double dx) {
        double[] d = reference.offsets(f.f(), big, a, b, dx);
        double limit = -big.applyAsDouble(a);
        double total = 0;
        for (double v : d) {
            total += v;
        }
        double sumToB = 0;
        for (int i = 0; i <= d.length; i++) {
            sumToB += f.f().applyAsDouble(a + i * dx) * dx;
        }
        double withB = (total + sumToB - big.applyAsDouble(a + d.length * dx)) / (d.length + 1);
        Checks.close("shift(" + f.name() + ", " + name + ", " + Functions.show(a, b, dx) + ")",
                reference.shift(f.f(), big, a, b, dx), student.shift(f.f(), big, a, b, dx), OFFSET,
                Hint.matches(List.of(limit), "that is -F(a), the value the shift tends to as dx shrinks; the task asks "
                        + "for the mean of the offsets d_i = S_i - F(x_i) on this grid."),
                Hint.matches(List.of(withB), "your mean includes an offset at x = b; the grid [a, b) has "
                        + d.length + " points and leaves b out."),
                Hint.matches(List.of(d[0]), "that is the first offset only; the shift is the mean of all of them."),
                Hint.matches(List.of(d[d.length - 1]), "that is the last offset only; the shift is the mean of all of "
                        + "them."),
                Hint.signFlip());
    }

    private void decide(RunningSumShift student, Functions.Named f, String name, DoubleUnaryOperator big,
            double a, double b, double dx) {
        double deviation = reference.largestDeviation(f.f(), big, a, b, dx);
        double tolerance = reference.tolerance(f.f(), big, a, b, dx);
        boolean expected = deviation <= tolerance;
        boolean actual = student.differsByConstant(f.f(), big, a, b, dx);
        Checks.that(actual == expected, "differsByConstant(" + f.name() + ", " + name + ", "
                + Functions.show(a, b, dx) + "): expected " + expected + ", got " + actual + ": the offsets stray "
                + (expected ? "at most " : "up to ") + Numbers.show(deviation) + " from their mean, "
                + (expected ? "within" : "more than") + " T = " + Numbers.show(tolerance) + "."
                + (expected ? " The running sum is F shifted by a constant, up to the Riemann error."
                        : " No constant shift makes the running sum match F."));
    }
}
