package tangent.suites.lesson08;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson08.Softmax;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson08.ReferenceSoftmax;

/**
 * Softmax, its Jacobian and the cross-entropy gradient, against the reference. Large scores are
 * fixed cases, so the overflow of e^z without subtracting the largest score fails on every seed.
 */
@Grades(Softmax.class)
class SoftmaxSuite {

    /** Probabilities lie in [0, 1]; summing in another order moves them by a few 1e-16. */
    private static final Tolerance PROBABILITY = Tolerance.of(1e-12, 1e-9);

    private static final Hint OVERFLOW = Hint.when(pairs -> pairs.stream().anyMatch(p -> Double.isNaN(p.actual())),
            "e^z overflows a double beyond z = 709, and infinity / infinity is NaN: subtract the largest score from "
                    + "every score before exponentiating (softmax does not change when every score moves by the same amount).");

    private final ReferenceSoftmax reference = new ReferenceSoftmax();

    private void checkProbabilities(Softmax student, double[] z) {
        double[] given = z.clone();
        double[] actual = student.probabilities(given);
        Checks.closeArray("probabilities(" + Numbers.show(z) + ")", reference.probabilities(z), actual, PROBABILITY, OVERFLOW);
        Checks.that(Arrays.equals(given, z), "probabilities(" + Numbers.show(z) + ") changed the scores it was given to "
                + Numbers.show(given) + ": work on a copy.");
    }

    private void checkJacobian(Softmax student, double[] z) {
        double[] s = reference.probabilities(z);
        double[] diagonalOnly = new double[s.length * s.length];
        double[] outerOnly = new double[s.length * s.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                diagonalOnly[i * s.length + j] = i == j ? s[i] : 0;
                outerOnly[i * s.length + j] = -s[i] * s[j];
            }
        }
        double[] given = z.clone();
        Checks.closeMatrix("jacobian(" + Numbers.show(z) + ")", reference.jacobian(z), student.jacobian(given), PROBABILITY,
                OVERFLOW,
                Hint.matches(diagonalOnly, "that is only the diagonal's first term: J[i][j] = s_i (d_ij - s_j), so the "
                        + "diagonal is s_i (1 - s_i) and the other entries are -s_i s_j."),
                Hint.matches(outerOnly, "that is -s_i s_j everywhere: on the diagonal (i = j) add s_i, since "
                        + "J[i][i] = s_i (1 - s_i)."));
        Checks.that(Arrays.equals(given, z), "jacobian(" + Numbers.show(z) + ") changed the scores it was given.");
    }

    private void checkGradient(Softmax student, double[] z, int label) {
        double[] s = reference.probabilities(z);
        Checks.closeArray("crossEntropyGradient(" + Numbers.show(z) + ", " + label + ")", reference.crossEntropyGradient(z, label),
                student.crossEntropyGradient(z.clone(), label), PROBABILITY, OVERFLOW, Hint.signFlip(),
                Hint.matches(s, "that is s itself: subtract 1 at the true class, dL/dz_j = s_j - y_j."));
    }

    private static double[] scores(RandomGenerator random, int n, double spread) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (random.nextDouble() * 2 - 1) * spread;
        }
        return z;
    }

    @Test
    @Points(2)
    @DisplayName("softmax of (0, 0), (1, 2, 3), (5) and the ten scores of a digit classifier")
    void probabilitiesOfTheStatement(Softmax student) {
        checkProbabilities(student, new double[] {0, 0});
        checkProbabilities(student, new double[] {1, 2, 3});
        checkProbabilities(student, new double[] {5});
        checkProbabilities(student, new double[] {-1.2, 0.3, 2.5, 0.1, -0.7, 4.0, 0.0, 1.1, -2.3, 0.8});
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("softmax of large and very negative scores (no overflow) and of random scores")
    void probabilitiesOfLargeAndRandomScores(Softmax student, RandomGenerator random) {
        // Fixed first: e^1000 overflows and e^-1000 underflows, so exponentiating the raw scores fails on every seed.
        checkProbabilities(student, new double[] {1000, 1000, 999});
        checkProbabilities(student, new double[] {-1000, -1001});
        checkProbabilities(student, new double[] {800, -800});
        for (int k = 0; k < 8; k++) {
            double[] z = scores(random, 1 + random.nextInt(10), 50);
            if (k % 2 == 1) {
                for (int i = 0; i < z.length; i++) {
                    z[i] += 750; // beyond e^709 for some scores
                }
            }
            checkProbabilities(student, z);
        }
    }

    @Test
    @Points(2)
    @DisplayName("the Jacobian at (0, 0) and at (1, 2, 3): s_i (d_ij - s_j)")
    void jacobianOfTheStatement(Softmax student) {
        checkJacobian(student, new double[] {0, 0});
        checkJacobian(student, new double[] {1, 2, 3});
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("the Jacobian at large and random scores, and refusals of bad scores")
    void jacobianElsewhereAndRefusals(Softmax student, RandomGenerator random) {
        checkJacobian(student, new double[] {1000, 999, 998, 1000});
        for (int k = 0; k < 5; k++) {
            checkJacobian(student, scores(random, 1 + random.nextInt(7), 20));
        }
        for (double[] bad : new double[][] {null, {}, {1, Double.NaN}, {Double.POSITIVE_INFINITY, 0}}) {
            String shown = bad == null ? "null" : Numbers.show(bad);
            Checks.refuses("probabilities(" + shown + ")", IllegalArgumentException.class, () -> student.probabilities(bad));
            Checks.refuses("jacobian(" + shown + ")", IllegalArgumentException.class, () -> student.jacobian(bad));
            Checks.refuses("crossEntropyGradient(" + shown + ", 0)", IllegalArgumentException.class,
                    () -> student.crossEntropyGradient(bad, 0));
        }
    }

    @Test
    @Points(1)
    @DisplayName("the cross-entropy gradient s - y for z = (1, 2, 3) and each true class")
    void gradientOfTheStatement(Softmax student) {
        for (int label = 0; label < 3; label++) {
            checkGradient(student, new double[] {1, 2, 3}, label);
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("the cross-entropy gradient at random scores; a label outside the classes is refused")
    void gradientElsewhereAndBadLabels(Softmax student, RandomGenerator random) {
        checkGradient(student, new double[] {1000, 1000, 999}, 2);
        for (int k = 0; k < 5; k++) {
            double[] z = scores(random, 2 + random.nextInt(9), 10);
            checkGradient(student, z, random.nextInt(z.length));
        }
        Checks.refuses("crossEntropyGradient({1, 2, 3}, 3)", IllegalArgumentException.class,
                () -> student.crossEntropyGradient(new double[] {1, 2, 3}, 3));
        Checks.refuses("crossEntropyGradient({1, 2, 3}, -1)", IllegalArgumentException.class,
                () -> student.crossEntropyGradient(new double[] {1, 2, 3}, -1));
    }
}
