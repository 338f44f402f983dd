package tangent.exercises.lesson05;

import tangent.course.Exercise;

/**
 * The activation functions of a neural network and their derivatives, which backpropagation
 * multiplies in at every layer (dz = da * g'(z)).
 *
 * <ul>
 *   <li>sigmoid: S(z) = 1 / (1 + e^-z), S'(z) = S(z) (1 - S(z)). Example: S(0) = 0.5, S'(0) = 0.25,
 *       S'(2) is about 0.104994. The text's {@code dsigmoid} returns {@code 2 * s * (1 - s)}: that
 *       factor 2 is a bug, do not copy it.
 *   <li>ReLU: ReLU(z) = max(0, z), ReLU'(z) = 1 where z &gt; 0 and 0 elsewhere. ReLU has no
 *       derivative at z = 0 (its slopes from the left and the right differ); like the text's
 *       {@code drelu}, which is {@code (z > 0)}, return 0 there (for -0.0 too).
 *   <li>tanh: tanh'(z) = 1 - tanh(z)^2. Example: tanh'(0) = 1, tanh'(1) is about 0.419974.
 * </ul>
 *
 * <p>Every method must return a finite number for every finite z, however large: S(1000) is 1,
 * S(-1000) is 0, S'(+-1000) and tanh'(+-1000) are 0, never NaN. (The text clips z to [-500, 500]
 * before taking e^-z, to keep numpy from overflowing; do whatever keeps your numbers finite.)
 */
@Exercise(lesson = "L05", task = "activation-derivatives", title = "Activation functions and their derivatives")
public interface ActivationDerivatives {

    /**
     * S(z) = 1 / (1 + e^-z).
     *
     * @param z any finite number
     * @return S(z), between 0 and 1
     */
    double sigmoid(double z);

    /**
     * S'(z) = S(z) (1 - S(z)).
     *
     * @param z any finite number
     * @return the slope of the sigmoid at z
     */
    double sigmoidDerivative(double z);

    /**
     * ReLU(z) = max(0, z).
     *
     * @param z any finite number
     * @return z where z &gt; 0, else 0
     */
    double relu(double z);

    /**
     * ReLU'(z): 1 where z &gt; 0, 0 elsewhere, and 0 at z = 0.
     *
     * @param z any finite number
     * @return 1 or 0
     */
    double reluDerivative(double z);

    /**
     * tanh(z) = (e^z - e^-z) / (e^z + e^-z).
     *
     * @param z any finite number
     * @return tanh(z), between -1 and 1
     */
    double tanh(double z);

    /**
     * tanh'(z) = 1 - tanh(z)^2.
     *
     * @param z any finite number
     * @return the slope of tanh at z
     */
    double tanhDerivative(double z);

    /**
     * tanh'(z) as an expression in {@code z}, for example in terms of {@code tanh(z)} (see the
     * package documentation for the notation).
     *
     * @return tanh'(z) as text
     */
    String tanhDerivativeExpression();
}
