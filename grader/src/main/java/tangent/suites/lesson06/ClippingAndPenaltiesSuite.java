package tangent.suites.lesson06;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson06.ClippingAndPenalties;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson06.ReferenceClippingAndPenalties;

/** Clipping by norm and the penalties' values and gradients, against the reference on Commons Math vectors. */
@Grades(ClippingAndPenalties.class)
class ClippingAndPenaltiesSuite {

    /** Sums, norms and products evaluated in another order differ by rounding only. */
    private static final Tolerance VALUE = Tolerance.of(1e-12, 1e-9);

    private final ReferenceClippingAndPenalties reference = new ReferenceClippingAndPenalties();

    @Test
    @Points(2)
    @DisplayName("(3, 4) clipped to norm 1 is (0.6, 0.8), to norm 2 (1.2, 1.6); within the limit it is unchanged")
    void clippingTheExample(ClippingAndPenalties student) {
        checkClip(student, new double[] {3, 4}, 1);
        checkClip(student, new double[] {3, 4}, 2);
        checkClip(student, new double[] {3, 4}, 10);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("clipping random gradients of 1 to 10 entries, above and below the limit")
    void clippingRandomGradients(ClippingAndPenalties student, RandomGenerator random) {
        for (int i = 0; i < 12; i++) {
            double[] g = ConvexFunctions.uniform(random, 1 + random.nextInt(10), -10, 10);
            double norm = Math.sqrt(Arrays.stream(g).map(v -> v * v).sum());
            checkClip(student, g, norm * (0.1 + 1.8 * random.nextDouble()));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("clipping the zero vector, an empty gradient and a norm exactly at the limit; bad limits are refused")
    void clippingEdgeCases(ClippingAndPenalties student) {
        checkClip(student, new double[] {0, 0, 0}, 1);
        checkClip(student, new double[0], 1);
        checkClip(student, new double[] {-6, 8}, 10);
        for (double maxNorm : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("clipByNorm({3, 4}, " + maxNorm + ")", IllegalArgumentException.class,
                    () -> student.clipByNorm(new double[] {3, 4}, maxNorm));
        }
        Checks.refuses("clipByNorm(null, 1)", IllegalArgumentException.class, () -> student.clipByNorm(null, 1));
    }

    @Test
    @Points(2)
    @DisplayName("penalties of w = (0.5, -2, 0) with lambda = 0.1: L1 0.25, L2 0.425")
    void penaltiesOfTheExample(ClippingAndPenalties student) {
        checkPenalties(student, new double[] {0.5, -2, 0}, 0.1);
    }

    @Test
    @Points(2)
    @DisplayName("penalty gradients of w = (0.5, -2, 0) with lambda = 0.1: L1 (0.1, -0.1, 0), L2 (0.1, -0.4, 0)")
    void gradientsOfTheExample(ClippingAndPenalties student) {
        checkGradients(student, new double[] {0.5, -2, 0}, 0.1);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("penalties and their gradients for random weights (some exactly 0) and strengths")
    void randomWeights(ClippingAndPenalties student, RandomGenerator random) {
        for (int i = 0; i < 8; i++) {
            double[] w = ConvexFunctions.uniform(random, 1 + random.nextInt(8), -5, 5);
            w[random.nextInt(w.length)] = 0;
            double lambda = i == 0 ? 0 : 2 * random.nextDouble();
            checkPenalties(student, w, lambda);
            checkGradients(student, w, lambda);
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a negative or non-finite lambda and null weights are refused by every penalty method; empty weights have penalty 0")
    void penaltyEdgeCases(ClippingAndPenalties student) {
        checkPenalties(student, new double[0], 0.3);
        checkGradients(student, new double[0], 0.3);
        // Every method refuses every bad lambda: a check forgotten in one of the four is a bug of its own.
        for (double lambda : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("l1Penalty({1, 2}, " + lambda + ")", IllegalArgumentException.class,
                    () -> student.l1Penalty(new double[] {1, 2}, lambda));
            Checks.refuses("l1Gradient({1, 2}, " + lambda + ")", IllegalArgumentException.class,
                    () -> student.l1Gradient(new double[] {1, 2}, lambda));
            Checks.refuses("l2Penalty({1, 2}, " + lambda + ")", IllegalArgumentException.class,
                    () -> student.l2Penalty(new double[] {1, 2}, lambda));
            Checks.refuses("l2Gradient({1, 2}, " + lambda + ")", IllegalArgumentException.class,
                    () -> student.l2Gradient(new double[] {1, 2}, lambda));
        }
        Checks.refuses("l1Penalty(null, 0.1)", IllegalArgumentException.class, () -> student.l1Penalty(null, 0.1));
        Checks.refuses("l1Gradient(null, 0.1)", IllegalArgumentException.class, () -> student.l1Gradient(null, 0.1));
        Checks.refuses("l2Penalty(null, 0.1)", IllegalArgumentException.class, () -> student.l2Penalty(null, 0.1));
        Checks.refuses("l2Gradient(null, 0.1)", IllegalArgumentException.class, () -> student.l2Gradient(null, 0.1));
    }

    private void checkClip(ClippingAndPenalties student, double[] gradient, double maxNorm) {
        String what = "clipByNorm(" + Numbers.show(gradient) + ", " + Numbers.show(maxNorm) + ")";
        double[] given = gradient.clone();
        double[] actual = student.clipByNorm(given, maxNorm);
        double[] expected = reference.clipByNorm(gradient, maxNorm);
        double[] byValue = Arrays.stream(gradient).map(g -> Math.max(-maxNorm, Math.min(maxNorm, g))).toArray();
        double norm = Math.sqrt(Arrays.stream(gradient).map(g -> g * g).sum());
        double[] unit = Arrays.stream(gradient).map(g -> g / norm).toArray();
        double[] squared = Arrays.stream(gradient).map(g -> g * maxNorm / (norm * norm)).toArray();
        Checks.closeArray(what, expected, actual, VALUE,
                Hint.matches(byValue, "that is clipping by value (each entry cut to [-maxNorm, maxNorm]), "
                        + "which turns the direction. Clip by norm: g * maxNorm / |g| when |g| > maxNorm."),
                Hint.matches(unit, "that is g / |g|, length 1: scale to length maxNorm, g * maxNorm / |g|."),
                Hint.matches(squared, "divide by the norm |g| = sqrt(g_1^2 + ... + g_n^2), not its square."),
                Hint.matches(gradient, "that is the gradient unchanged, but its norm " + Numbers.show(norm)
                        + " is above the limit: scale it down to norm maxNorm."));
        Checks.that(Arrays.equals(given, gradient), what + " changed the gradient it was given: return a new array.");
        Copies.distinct(what, actual, student.clipByNorm(gradient.clone(), maxNorm), given);
    }

    private void checkPenalties(ClippingAndPenalties student, double[] w, double lambda) {
        String args = "(" + Numbers.show(w) + ", " + Numbers.show(lambda) + ")";
        double signedSum = lambda * Arrays.stream(w).sum();
        double[] given = w.clone();
        Checks.close("l1Penalty" + args, reference.l1Penalty(w, lambda), student.l1Penalty(given, lambda), VALUE,
                Hint.matches(java.util.List.of(signedSum), "take the absolute values: lambda * (|w_1| + ... + |w_n|)."));
        Checks.that(Arrays.equals(given, w), "l1Penalty" + args + " changed the weights it was given to "
                + Numbers.show(given) + ": read them, do not change them.");
        Checks.close("l2Penalty" + args, reference.l2Penalty(w, lambda), student.l2Penalty(given, lambda), VALUE,
                Hint.factor(0.5, "that is lambda/2 |w|^2; this task's L2 penalty is lambda |w|^2, without the 1/2."),
                Hint.matches(java.util.List.of(lambda * Math.sqrt(Arrays.stream(w).map(v -> v * v).sum())),
                        "that is lambda |w|, the norm; the L2 penalty is lambda times the sum of squares, |w|^2."));
        Checks.that(Arrays.equals(given, w), "l2Penalty" + args + " changed the weights it was given to "
                + Numbers.show(given) + ": read them, do not change them.");
    }

    private void checkGradients(ClippingAndPenalties student, double[] w, double lambda) {
        String args = "(" + Numbers.show(w) + ", " + Numbers.show(lambda) + ")";
        double[] given = w.clone();
        double[] signAtZeroOne = Arrays.stream(w).map(v -> v >= 0 ? lambda : -lambda).toArray();
        double[] l1 = student.l1Gradient(given, lambda);
        Checks.closeArray("l1Gradient" + args, reference.l1Gradient(w, lambda), l1, VALUE,
                Hint.matches(signAtZeroOne, "at w_i = 0 the gradient of lambda |w_i| is taken as 0 here "
                        + "(the subgradient sign(0) = 0), not lambda."),
                Hint.matches(w.clone(), "that is w itself: the gradient of lambda |w_i| is lambda sign(w_i)."));
        double[] lambdaW = Arrays.stream(w).map(v -> lambda * v).toArray();
        double[] l2 = student.l2Gradient(given, lambda);
        Checks.closeArray("l2Gradient" + args, reference.l2Gradient(w, lambda), l2, VALUE,
                Hint.matches(lambdaW, "that is lambda w, the gradient of lambda/2 |w|^2; the gradient of "
                        + "this task's lambda |w|^2 is 2 lambda w."));
        Checks.that(Arrays.equals(given, w), "the gradient methods changed the weights they were given: return new arrays.");
        Copies.distinct("l1Gradient" + args, l1, student.l1Gradient(w.clone(), lambda), given);
        Copies.distinct("l2Gradient" + args, l2, student.l2Gradient(w.clone(), lambda), given);
    }
}
