package tangent.suites.lesson02;

import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson02.NormalProbability;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson02.ReferenceNormalProbability;

/**
 * The normal density against Commons Math's {@link NormalDistribution}, and probabilities against
 * the reference's integral of the density (which its own tests hold to Commons Math's
 * distribution function within 1e-13).
 */
@Grades(NormalProbability.class)
class NormalProbabilitySuite {

    /** A closed formula evaluated another way: rounding only. */
    private static final Tolerance DENSITY = Tolerance.of(1e-14, 1e-10);
    /** What the task promises: within 1e-9 + 1e-7 P. */
    private static final Tolerance PROBABILITY = Tolerance.of(1e-9, 1e-7);

    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

    private final ReferenceNormalProbability reference = new ReferenceNormalProbability();

    @Test
    @Points(1)
    @DisplayName("standard normal density at 0 (1/sqrt(2 pi)), +-1 and 2")
    void standardDensity(NormalProbability student) {
        Checks.closeAt("density(x, 0, 1)", new double[] {0, 1, -1, 2}, x -> new NormalDistribution(0, 1).density(x),
                x -> student.density(x, 0, 1), DENSITY,
                Hint.factor(SQRT_TWO_PI, "divide by sqrt(2 pi): without it the area under the curve is not 1."),
                Hint.whenAnswerIs(x -> Math.exp(-x * x) / SQRT_TWO_PI, "the exponent is -x^2 / 2, not -x^2."));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("density with random means and standard deviations")
    void densityElsewhere(NormalProbability student, RandomGenerator random) {
        for (int k = 0; k < 8; k++) {
            double mu = random.nextDouble() * 10 - 5;
            double sigma = 0.2 + random.nextDouble() * 4;
            NormalDistribution normal = new NormalDistribution(mu, sigma);
            double[] xs = new double[6];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = mu + (random.nextDouble() * 6 - 3) * sigma;
            }
            Checks.closeAt("density(x, " + Numbers.show(mu) + ", " + Numbers.show(sigma) + ")", xs, normal::density,
                    x -> student.density(x, mu, sigma), DENSITY,
                    Hint.factor(sigma, "divide by sigma as well: the density is exp(-z^2 / 2) / (sigma sqrt(2 pi)) "
                            + "with z = (x - mu) / sigma."),
                    Hint.factor(SQRT_TWO_PI, "divide by sqrt(2 pi): without it the area under the curve is not 1."));
        }
    }

    @Test
    @Points(3)
    @DisplayName("P(-1 < X < 1) = 0.6827 for the standard normal, and within 2 and 3 standard deviations")
    void withinOneTwoThreeSigmas(NormalProbability student) {
        for (double k : new double[] {1, 2, 3}) {
            checkProbability(student, -k, k, 0, 1);
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("probabilities with random means, standard deviations and limits")
    void probabilitiesElsewhere(NormalProbability student, RandomGenerator random) {
        for (int k = 0; k < 10; k++) {
            double mu = random.nextDouble() * 10 - 5;
            double sigma = 0.5 + random.nextDouble() * 2.5;
            double lo = mu + (random.nextDouble() * 12 - 6) * sigma;
            double hi = mu + (random.nextDouble() * 12 - 6) * sigma;
            checkProbability(student, Math.min(lo, hi), Math.max(lo, hi), mu, sigma);
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("infinite limits: half below the mean, all of it in (-inf, inf), the tails")
    void infiniteLimits(NormalProbability student) {
        double inf = Double.POSITIVE_INFINITY;
        checkProbability(student, -inf, 0, 0, 1);
        checkProbability(student, -inf, inf, 3, 2);
        checkProbability(student, 1.5, inf, -1, 0.7);
        checkProbability(student, -inf, -1.2, 0.4, 1.3);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("equal limits give 0; a bad sigma, NaN limits or lo > hi are refused")
    void edgesAndRefusals(NormalProbability student) {
        Checks.close("probability(5, 5, 0, 1)", 0, student.probability(5, 5, 0, 1), PROBABILITY);
        Checks.refuses("probability(-1, 1, 0, 0)", IllegalArgumentException.class, () -> student.probability(-1, 1, 0, 0));
        Checks.refuses("probability(-1, 1, 0, -2)", IllegalArgumentException.class, () -> student.probability(-1, 1, 0, -2));
        Checks.refuses("density(0, 0, 0)", IllegalArgumentException.class, () -> student.density(0, 0, 0));
        Checks.refuses("probability(NaN, 1, 0, 1)", IllegalArgumentException.class,
                () -> student.probability(Double.NaN, 1, 0, 1));
        Checks.refuses("probability(1, -1, 0, 1)", IllegalArgumentException.class, () -> student.probability(1, -1, 0, 1));
    }

    private void checkProbability(NormalProbability student, double lo, double hi, double mu, double sigma) {
        double expected = reference.probability(lo, hi, mu, sigma);
        Checks.close("probability(" + Numbers.show(lo) + ", " + Numbers.show(hi) + ", " + Numbers.show(mu) + ", "
                + Numbers.show(sigma) + ")", expected, student.probability(lo, hi, mu, sigma), PROBABILITY,
                Hint.factor(SQRT_TWO_PI, "your area is sqrt(2 pi) times too large: the density has the factor "
                        + "1 / (sigma sqrt(2 pi))."),
                Hint.factor(sigma, "your area is sigma times too large: divide the density by sigma, or integrate the "
                        + "standard density between the standardised limits."),
                Hint.matches(List.of(1 - expected), "that is the probability outside (lo, hi): integrate the density "
                        + "from lo to hi."));
    }
}
