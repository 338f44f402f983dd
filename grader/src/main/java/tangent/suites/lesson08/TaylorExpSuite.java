package tangent.suites.lesson08;

import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson08.TaylorExp;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson08.ReferenceTaylorExp;

/** Taylor partial sums of e^x, their largest error on an interval, Taylor's bound, and the terms needed. */
@Grades(TaylorExp.class)
class TaylorExpSuite {

    /**
     * Partial sums with |x| &lt;= 5 and n &lt;= 16: terms up to 5^5/5! = 26, so summing in another
     * order (Horner, term by term) differs by a few 1e-15 absolutely. The fixed T_25(10) has terms up
     * to 10^10/10! = 2756 and a sum near e^10 = 22026: rounding near 1e-12, allowed 2e-6.
     */
    private static final Tolerance SUM = Tolerance.of(1e-10, 1e-10);

    private final ReferenceTaylorExp reference = new ReferenceTaylorExp();

    /** T_n without factorials: sum of x^i for i &lt; n. */
    private static double noFactorial(double x, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.pow(x, i);
        }
        return total;
    }

    private Hint[] sumHints(int n) {
        return new Hint[] {
            Hint.whenAnswerIs(x -> noFactorial(x, n), "divide each term by its factorial: T_n(x) = sum over i < n of "
                    + "x^i / i!."),
            Hint.whenAnswerIs(x -> reference.partialSum(x, n + 1), "that is T_" + (n + 1) + ": n terms are i = 0, ..., "
                    + "n - 1 (the text's range(n)), so T_1 is the constant 1."),
            Hint.whenAnswerIs(x -> n == 0 ? Double.NaN : reference.partialSum(x, n - 1), "that is T_" + (n - 1)
                    + ": n terms are i = 0, ..., n - 1, so T_1 is the constant 1, not 0."),
            Hint.whenAnswerIs(Math::exp, "that is e^x itself, not the partial sum."),
            Hint.whenAnswerIs(x -> overflowing(x, n, Long.MAX_VALUE), "your factorials overflow: 21! is beyond a long "
                    + "(13! beyond an int). Compute each term from the one before, term * x / i, or the factorial as a "
                    + "double."),
            Hint.whenAnswerIs(x -> overflowing(x, n, Integer.MAX_VALUE), "your factorials overflow: 13! is beyond an "
                    + "int. Compute each term from the one before, term * x / i, or the factorial as a double.")};
    }

    /** T_n with i! kept in a long ({@code limit} Long.MAX_VALUE) or an int (Integer.MAX_VALUE), overflowing as Java does. */
    private static double overflowing(double x, int n, long limit) {
        double total = 0;
        long factorial = 1;
        for (int i = 0; i < n; i++) {
            if (i > 1) {
                factorial = limit == Integer.MAX_VALUE ? (int) factorial * i : factorial * i;
            }
            total += Math.pow(x, i) / factorial;
        }
        return total;
    }

    @Test
    @Points(2)
    @DisplayName("T_1, T_3, T_5 at x = 2 are 1, 5, 7 (the text's n = 1, 3, 5); T_0 is 0")
    void partialSumsOfTheText(TaylorExp student) {
        for (int n : new int[] {1, 3, 5}) {
            Checks.closeAt("T_" + n, new double[] {2, -2, 1, 0.5}, x -> reference.partialSum(x, n),
                    x -> student.partialSum(x, n), SUM, sumHints(n));
        }
        Checks.closeAt("T_0", new double[] {2, -1}, x -> 0, x -> student.partialSum(x, 0), SUM, sumHints(0));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("T_n(x) at random x in [-5, 5] for n from 0 to 16")
    void partialSumsElsewhere(TaylorExp student, RandomGenerator random) {
        // Fixed first: 13! no longer fits an int and 21! no longer a long, so factorials kept in
        // integers fail here on every seed (the random n below reach 14 only on some).
        Checks.closeAt("T_16", new double[] {5, -5, 3, -2}, x -> reference.partialSum(x, 16),
                x -> student.partialSum(x, 16), SUM, sumHints(16));
        Checks.closeAt("T_25", new double[] {1, -1, 4, 10}, x -> reference.partialSum(x, 25),
                x -> student.partialSum(x, 25), SUM, sumHints(25));
        for (int k = 0; k < 8; k++) {
            int n = random.nextInt(17);
            double[] xs = new double[8];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = random.nextDouble() * 10 - 5;
            }
            Checks.closeAt("T_" + n, xs, x -> reference.partialSum(x, n), x -> student.partialSum(x, n), SUM,
                    sumHints(n));
        }
    }

    @Test
    @Points(2)
    @DisplayName("largest error on [-2, 2] with 100 points: e^2 - 1, e^2 - 5, e^2 - 7 for n = 1, 3, 5")
    void largestErrorsOfTheText(TaylorExp student) {
        for (int n : new int[] {1, 3, 5}) {
            checkMaxError(student, n, -2, 2, 100);
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("largest errors on random intervals (some entirely negative), point counts and n")
    void largestErrorsElsewhere(TaylorExp student, RandomGenerator random) {
        // Fixed first: on [-3, -1] e^x - T_3(x) is negative everywhere, so the signed error's largest
        // value is not the largest absolute error; the random intervals show that only for some n.
        checkMaxError(student, 3, -3, -1, 50);
        checkMaxError(student, 0, -1, 1, 3);
        checkMaxError(student, 2, -1, 2, 2);
        for (int k = 0; k < 6; k++) {
            double from = -4 + 3 * random.nextDouble();
            double to = k % 2 == 0 ? from + 0.5 + 3 * random.nextDouble() : -0.1 * random.nextDouble();
            checkMaxError(student, 1 + random.nextInt(8), from, to, 2 + random.nextInt(200));
        }
        Checks.refuses("maxError(3, -2, 2, 1)", IllegalArgumentException.class, () -> student.maxError(3, -2, 2, 1));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("Taylor's bound e^max(x, 0) |x|^n / n! at random points, never below the true error")
    void errorBounds(TaylorExp student, RandomGenerator random) {
        // Fixed first, the statement's examples and n = 0 and 1 (where n!, (n - 1)! and (n + 1)! part):
        // points on both sides of 0 for every n, so that e^x for e^max(x, 0), a missing e^ factor, and
        // x^(n+1) / (n+1)! fail on every seed.
        for (int n : new int[] {5, 0, 1, 3}) {
            checkBound(student, n, new double[] {2, -1, 0.5, -2.5});
        }
        for (int k = 0; k < 6; k++) {
            int n = random.nextInt(12);
            double[] xs = new double[6];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = random.nextDouble() * 8 - 4;
            }
            checkBound(student, n, xs);
        }
        Checks.close("errorBound(0, 0)", 1, student.errorBound(0, 0), Tolerance.of(1e-12, 0));
    }

    private void checkBound(TaylorExp student, int n, double[] xs) {
        double factorial = CombinatoricsUtils.factorialDouble(n);
        Checks.closeAt("errorBound(x, " + n + ")", xs, x -> reference.errorBound(x, n),
                x -> student.errorBound(x, n), Tolerance.of(1e-12, 1e-10),
                Hint.whenAnswerIs(x -> Math.pow(Math.abs(x), n) / factorial, "the remainder is e^c x^n / n! for "
                        + "some c between 0 and x: bound e^c by e^max(x, 0), which is e^x for x > 0."),
                Hint.whenAnswerIs(x -> Math.exp(x) * Math.pow(Math.abs(x), n) / factorial, "for x < 0 the c "
                        + "between x and 0 can be near 0, where e^c is 1, not e^x: use e^max(x, 0)."),
                Hint.whenAnswerIs(x -> Math.exp(Math.max(x, 0)) * Math.pow(Math.abs(x), n + 1)
                        / CombinatoricsUtils.factorialDouble(n + 1), "T_n has n terms, the last in x^(n-1): "
                        + "the first term left out, and so the bound, is in x^n / n!."),
                Hint.whenAnswerIs(x -> n == 0 ? Double.NaN : Math.exp(Math.max(x, 0)) * Math.pow(Math.abs(x), n)
                        / CombinatoricsUtils.factorialDouble(n - 1), "divide by n! = 1 * 2 * ... * n; that is "
                        + "(n - 1)!, one factor short."));
    }

    @Test
    @Points(1)
    @DisplayName("terms needed: 5 at x = 2 for 0.5, 10 at x = 1 for 1e-6")
    void termsNeededOfTheStatement(TaylorExp student) {
        checkTermsNeeded(student, 2, 0.5);
        checkTermsNeeded(student, 1, 1e-6);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("terms needed at random x in [-10, 10] and tolerances down to 1e-9")
    void termsNeededElsewhere(TaylorExp student, RandomGenerator random) {
        int asked = 0;
        for (int attempt = 0; asked < 8; attempt++) {
            if (attempt > 1000) {
                throw new IllegalStateException("the suite found too few clear-cut cases");
            }
            double x = Math.round((random.nextDouble() * 20 - 10) * 100) / 100.0;
            double tolerance = Math.pow(10, -9 + 9 * random.nextDouble());
            int n = reference.termsNeeded(x, tolerance);
            // Fair only when rounding in the partial sums cannot move the answer: every error up to
            // n - 1 terms is well above the tolerance, and the one with n terms well below it.
            boolean clear = error(x, n) < tolerance / 1.01;
            for (int m = 0; m < n && clear; m++) {
                clear = error(x, m) > tolerance * 1.01;
            }
            if (clear) {
                checkTermsNeeded(student, x, tolerance);
                asked++;
            }
        }
        checkTermsNeeded(student, 0, 0.5);
        // Fixed: e^-10 is below 1e-3, so T_0 = 0 already suffices (n starts at 0); at x = 0 with
        // tolerance 1 the error of T_0 is exactly 1, within "<= tolerance"; 37 and 42 terms at x = 10
        // need factorials past 20!, beyond a long, and 1e-9 itself is allowed. All clear-cut (no
        // rounding near the tolerance).
        checkTermsNeeded(student, -10, 1e-3);
        checkTermsNeeded(student, 0, 1);
        checkTermsNeeded(student, 10, 1e-6);
        checkTermsNeeded(student, 10, 1e-9);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("negative n, non-finite x, |x| > 10 and tolerances below 1e-9 are refused")
    void refusals(TaylorExp student) {
        Checks.refuses("partialSum(1, -1)", IllegalArgumentException.class, () -> student.partialSum(1, -1));
        Checks.refuses("partialSum(NaN, 3)", IllegalArgumentException.class, () -> student.partialSum(Double.NaN, 3));
        Checks.refuses("errorBound(1, -2)", IllegalArgumentException.class, () -> student.errorBound(1, -2));
        Checks.refuses("termsNeeded(11, 0.1)", IllegalArgumentException.class, () -> student.termsNeeded(11, 0.1));
        Checks.refuses("termsNeeded(1, 1e-12)", IllegalArgumentException.class, () -> student.termsNeeded(1, 1e-12));
        Checks.refuses("termsNeeded(1, 0)", IllegalArgumentException.class, () -> student.termsNeeded(1, 0));
        Checks.refuses("maxError(-1, -2, 2, 100)", IllegalArgumentException.class, () -> student.maxError(-1, -2, 2, 100));
        // Every method, every number it is given.
        Checks.refuses("partialSum(Infinity, 3)", IllegalArgumentException.class,
                () -> student.partialSum(Double.POSITIVE_INFINITY, 3));
        Checks.refuses("maxError(3, NaN, 2, 100)", IllegalArgumentException.class,
                () -> student.maxError(3, Double.NaN, 2, 100));
        Checks.refuses("maxError(3, -2, Infinity, 100)", IllegalArgumentException.class,
                () -> student.maxError(3, -2, Double.POSITIVE_INFINITY, 100));
        Checks.refuses("errorBound(NaN, 2)", IllegalArgumentException.class, () -> student.errorBound(Double.NaN, 2));
        Checks.refuses("errorBound(-Infinity, 2)", IllegalArgumentException.class,
                () -> student.errorBound(Double.NEGATIVE_INFINITY, 2));
        Checks.refuses("termsNeeded(NaN, 0.1)", IllegalArgumentException.class, () -> student.termsNeeded(Double.NaN, 0.1));
        Checks.refuses("termsNeeded(-10.5, 0.1)", IllegalArgumentException.class, () -> student.termsNeeded(-10.5, 0.1));
        Checks.refuses("termsNeeded(1, NaN)", IllegalArgumentException.class, () -> student.termsNeeded(1, Double.NaN));
        Checks.refuses("termsNeeded(1, Infinity)", IllegalArgumentException.class,
                () -> student.termsNeeded(1, Double.POSITIVE_INFINITY));
    }

    // ---- shared checks ---------------------------------------------------------------------

    private double error(double x, int n) {
        return Math.abs(Math.exp(x) - reference.partialSum(x, n));
    }

    private void checkMaxError(TaylorExp student, int n, double from, double to, int points) {
        double signed = Double.NEGATIVE_INFINITY;
        double withoutEnd = 0;
        for (int k = 0; k < points; k++) {
            double x = from + (to - from) * k / (points - 1);
            double e = Math.exp(x) - reference.partialSum(x, n);
            signed = Math.max(signed, e);
            double xOpen = from + (to - from) * k / points;
            withoutEnd = Math.max(withoutEnd, Math.abs(Math.exp(xOpen) - reference.partialSum(xOpen, n)));
        }
        Checks.close("maxError(" + n + ", " + Numbers.show(from) + ", " + Numbers.show(to) + ", " + points + ")",
                reference.maxError(n, from, to, points), student.maxError(n, from, to, points), SUM,
                Hint.matches(List.of(signed), "take the absolute value: below 0, T_n(x) can lie above e^x, and the "
                        + "error e^x - T_n(x) is negative."),
                Hint.matches(List.of(withoutEnd), "both ends are points: x_k = from + (to - from) k / (points - 1), "
                        + "as numpy's linspace."));
    }

    private void checkTermsNeeded(TaylorExp student, double x, double tolerance) {
        int expected = reference.termsNeeded(x, tolerance);
        int actual = student.termsNeeded(x, tolerance);
        String hint = actual == expected + 1 ? " Hint: with " + expected + " terms the error is already "
                + Numbers.show(error(x, expected)) + ", within the tolerance: stop at the first n that is."
                : actual == expected - 1 ? " Hint: with " + actual + " terms the error is " + Numbers.show(error(x, actual))
                        + ", above the tolerance; n counts the terms x^0/0! to x^(n-1)/(n-1)!." : "";
        Checks.that(actual == expected, "termsNeeded(" + Numbers.show(x) + ", " + Numbers.show(tolerance)
                + "): expected " + expected + ", got " + actual + "." + hint);
    }
}
