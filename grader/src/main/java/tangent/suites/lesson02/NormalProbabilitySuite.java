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
                    factorOfSigma(sigma, "divide by sigma as well: the density is exp(-z^2 / 2) / (sigma sqrt(2 pi)) "
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
    @DisplayName("infinite limits: half below the mean, all of it in (-inf, inf), the tails, to within 1e-9 + 1e-7 P")
    void infiniteLimits(NormalProbability student) {
        double inf = Double.POSITIVE_INFINITY;
        checkProbability(student, -inf, 0, 0, 1);
        checkProbability(student, -inf, inf, 3, 2);
        checkProbability(student, 1.5, inf, -1, 0.7);
        checkProbability(student, -inf, -1.2, 0.4, 1.3);
        // The mass beyond 5 standard deviations, 2.9e-7, is above what is promised (1e-9 + 1e-7 P): an integral
        // cut at +-5 fails here on every seed, and the hint says so; beyond 10 the density is below 1e-22.
        checkProbability(student, -inf, inf, 0, 1);
        checkProbability(student, -2, inf, 0, 1);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("equal limits give 0; a bad sigma or mu, NaN limits or lo > hi are refused")
    void edgesAndRefusals(NormalProbability student) {
        Checks.close("probability(5, 5, 0, 1)", 0, student.probability(5, 5, 0, 1), PROBABILITY);
        Checks.refuses("probability(-1, 1, 0, 0)", IllegalArgumentException.class, () -> student.probability(-1, 1, 0, 0));
        Checks.refuses("probability(-1, 1, 0, -2)", IllegalArgumentException.class, () -> student.probability(-1, 1, 0, -2));
        Checks.refuses("density(0, 0, 0)", IllegalArgumentException.class, () -> student.density(0, 0, 0));
        Checks.refuses("probability(NaN, 1, 0, 1)", IllegalArgumentException.class,
                () -> student.probability(Double.NaN, 1, 0, 1));
        Checks.refuses("probability(1, -1, 0, 1)", IllegalArgumentException.class, () -> student.probability(1, -1, 0, 1));
        Checks.refuses("probability(-1, NaN, 0, 1)", IllegalArgumentException.class,
                () -> student.probability(-1, Double.NaN, 0, 1));
        // mu finite, sigma positive and finite: promised for both methods
        double[][] bad = {{Double.NaN, 1}, {Double.POSITIVE_INFINITY, 1}, {Double.NEGATIVE_INFINITY, 1},
            {0, Double.NaN}, {0, Double.POSITIVE_INFINITY}, {0, -1}};
        for (double[] ms : bad) {
            String args = Numbers.show(ms[0]) + ", " + Numbers.show(ms[1]) + ")";
            Checks.refuses("density(0, " + args, IllegalArgumentException.class, () -> student.density(0, ms[0], ms[1]));
            Checks.refuses("probability(-1, 1, " + args, IllegalArgumentException.class,
                    () -> student.probability(-1, 1, ms[0], ms[1]));
        }
    }

    private void checkProbability(NormalProbability student, double lo, double hi, double mu, double sigma) {
        double expected = reference.probability(lo, hi, mu, sigma);
        Checks.close("probability(" + Numbers.show(lo) + ", " + Numbers.show(hi) + ", " + Numbers.show(mu) + ", "
                + Numbers.show(sigma) + ")", expected, student.probability(lo, hi, mu, sigma), PROBABILITY,
                Hint.factor(SQRT_TWO_PI, "your area is sqrt(2 pi) times too large: the density has the factor "
                        + "1 / (sigma sqrt(2 pi))."),
                factorOfSigma(sigma, "your area is sigma times too large: divide the density by sigma, or integrate the "
                        + "standard density between the standardised limits."),
                Hint.matches(List.of(1 - expected), "that is the probability outside (lo, hi): integrate the density "
                        + "from lo to hi."),
                truncatedTails(lo, hi, mu, sigma, expected));
    }

    /**
     * Hint.factor(sigma, ...), but only where a factor sigma can be told from 1: for sigma = 1 any small miss
     * (a coarse rule, tails cut short) is "sigma times" the right area within the hint's closeness.
     */
    private static Hint factorOfSigma(double sigma, String explanation) {
        Hint factor = Hint.factor(sigma, explanation);
        return pairs -> Math.abs(sigma - 1) > 1e-3 ? factor.explain(pairs) : java.util.Optional.empty();
    }

    /**
     * The area with the limits cut at k standard deviations from the mean, or at +-k on the x axis, for the
     * cuts students pick (the reference's own integral between the cut limits): offered only when the answer
     * is that area and the cut changes it.
     */
    private Hint truncatedTails(double lo, double hi, double mu, double sigma, double expected) {
        return pairs -> {
            double actual = pairs.get(0).actual();
            for (int k : new int[] {3, 4, 5, 6, 7, 8}) {
                for (boolean standardised : new boolean[] {true, false}) {
                    double left = standardised ? mu - k * sigma : -k;
                    double right = standardised ? mu + k * sigma : k;
                    double cutLo = Math.min(Math.max(lo, left), right);
                    double cutHi = Math.max(Math.min(hi, right), left);
                    double cut = reference.probability(cutLo, Math.max(cutLo, cutHi), mu, sigma);
                    if (!PROBABILITY.isClose(cut, expected) && Math.abs(actual - cut) <= 1e-11 + 1e-8 * cut) {
                        return java.util.Optional.of("your area is too small by " + Numbers.show(expected - actual)
                                + ", the probability beyond " + (standardised ? k + " standard deviations from the mean"
                                : "x = +-" + k) + ": your integration range stops there, but the tails still hold "
                                + "that much. Standardise first and cut at |z| = 10, where the standard density is "
                                + "below 1e-22.");
                    }
                }
            }
            return java.util.Optional.empty();
        };
    }
}
