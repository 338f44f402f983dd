package tangent.exercises.lesson02;

import tangent.course.Exercise;

/**
 * A probability as an area: for a normal random variable X with mean mu and standard deviation
 * sigma, P(lo &lt; X &lt; hi) is the integral of its density from lo to hi.
 *
 * <p>The density is phi(x) = exp(-(x - mu)^2 / (2 sigma^2)) / (sigma sqrt(2 pi)). The text
 * computes P(-1 &lt; X &lt; 1) = 0.6827 for the standard normal (mu = 0, sigma = 1): about two
 * thirds of the probability lies within one standard deviation of the mean.
 *
 * <p>Compute the probability by integrating the density numerically (your own Simpson's rule, for
 * example), not with a library's distribution function. Tip: with z = (x - mu) / sigma the area
 * becomes one under the standard density, between (lo - mu) / sigma and (hi - mu) / sigma; and the
 * standard density is below 1e-22 beyond |z| = 10, so an infinite limit can stand in for +-10
 * there.
 *
 * <p>Both methods must throw {@link IllegalArgumentException} when sigma is not positive and finite
 * or mu is not finite; {@link #probability} also when lo or hi is NaN, or lo &gt; hi.
 */
@Exercise(lesson = "L02", task = "normal-probability", title = "Normal probabilities by integration")
public interface NormalProbability {

    /**
     * The normal density phi(x) with mean mu and standard deviation sigma.
     *
     * <p>Examples: density(0, 0, 1) = 1 / sqrt(2 pi), about 0.398942; density(1, 0, 1) is about
     * 0.241971; density(3, 1, 2) is the same value divided by 2.
     *
     * @param x     where the density is wanted, finite
     * @param mu    the mean
     * @param sigma the standard deviation, positive
     * @return phi(x)
     */
    double density(double x, double mu, double sigma);

    /**
     * P(lo &lt; X &lt; hi), the integral of the density from lo to hi, to within
     * 1e-9 + 1e-7 P of the true value P. The limits may be infinite.
     *
     * <p>Examples: probability(-1, 1, 0, 1) is about 0.682689 (the text's 0.6827);
     * probability(-2, 2, 0, 1) about 0.954500; probability(-infinity, 0, 0, 1) = 0.5;
     * probability(5, 5, 0, 1) = 0.
     *
     * @param lo    the lower limit, may be {@link Double#NEGATIVE_INFINITY}
     * @param hi    the upper limit, at least lo, may be {@link Double#POSITIVE_INFINITY}
     * @param mu    the mean
     * @param sigma the standard deviation, positive
     * @return the probability, between 0 and 1
     */
    double probability(double lo, double hi, double mu, double sigma);
}
