package tangent.reference.lesson02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The reference's Lesson 02 answers against the text and against Commons Math's own tools. */
class ReferenceLesson02Test {

    @Test
    void antiderivativesFromTheCasAreTheTexts() {
        ReferenceAntiderivatives a = new ReferenceAntiderivatives();
        assertThat(a.ofTwoX()).isEqualTo("x^2");
        assertThat(a.ofThreeXSquaredMinusFourX()).isEqualTo("-2*x^2+x^3");
    }

    @Test
    void polynomialAntiderivativesDifferentiateBack() {
        double[] c = {1.5, -4, 3, 0.25, -2};
        double[] integral = new ReferenceAntiderivatives().ofPolynomial(c);
        double[] back = new PolynomialFunction(integral).polynomialDerivative().getCoefficients();
        assertThat(back).containsExactly(c, within(1e-15));
        assertThat(integral[0]).isZero();
    }

    @Test
    void probabilitiesMatchCommonsMathsNormalDistribution() {
        ReferenceNormalProbability p = new ReferenceNormalProbability();
        double[][] cases = {{-1, 1, 0, 1}, {-2, 2, 0, 1}, {-3, 3, 0, 1}, {0.3, 2.2, 1, 0.5}, {5, 6, 0, 1},
            {-40, -1, 2, 3}, {Double.NEGATIVE_INFINITY, 0, 0, 1}, {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 3, 2},
            {1.5, Double.POSITIVE_INFINITY, -1, 0.7}, {-3, -3, 0, 1}};
        for (double[] c : cases) {
            double expected = new NormalDistribution(c[2], c[3]).cumulativeProbability(c[0], c[1]);
            assertThat(p.probability(c[0], c[1], c[2], c[3])).as(java.util.Arrays.toString(c))
                    .isCloseTo(expected, within(1e-13));
        }
        assertThat(p.probability(-1, 1, 0, 1)).isCloseTo(0.6827, within(5e-5));
        assertThat(p.density(0.7, 1, 2)).isCloseTo(new NormalDistribution(1, 2).density(0.7), within(1e-15));
    }

    @Test
    void riemannSumOfTheTextAndItsShift() {
        assertThat(new ReferenceRiemannSum().sum(x -> 2 * x, -10, 10, 0.1)).isCloseTo(-2, within(1e-12));
        ReferenceRunningSumShift s = new ReferenceRunningSumShift();
        assertThat(s.shift(x -> 2 * x, x -> x * x, -10, 10, 0.1)).isCloseTo(-101.005, within(1e-10));
        assertThat(s.largestDeviation(x -> 2 * x, x -> x * x, -10, 10, 0.1)).isCloseTo(0.995, within(1e-10));
        assertThat(s.tolerance(x -> 2 * x, x -> x * x, -10, 10, 0.1)).isCloseTo(7.98, within(1e-6));
    }
}
