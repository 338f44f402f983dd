package tangent.exercises.lesson05;

import tangent.course.Exercise;

/**
 * One neuron and its cost, differentiated by the chain rule (text 004): an input activity a0, a
 * weight w, a bias b, an activation function sigma, a target y, and
 * <pre>
 *   z1 = w a0 + b,   a1 = sigma(z1),   C = (a1 - y)^2
 * </pre>
 * The chain rule links the cost to the weight and the bias through z1:
 * <pre>
 *   dC/dw  = dC/da1 * da1/dz1 * dz1/dw  = 2 (a1 - y) sigma'(z1) a0
 *   dC/db  = dC/da1 * da1/dz1 * dz1/db  = 2 (a1 - y) sigma'(z1)
 *   dC/da0 = dC/da1 * da1/dz1 * dz1/da0 = 2 (a1 - y) sigma'(z1) w
 * </pre>
 * (dC/da0 is how the cost reaches back into the layer before: the step backpropagation repeats.)
 * The curriculum's sigma is the sigmoid S; text 004 draws it as tanh; every method takes the
 * activation as its first argument and must handle all three of {@link Activation} (with
 * ReLU'(0) = 0, as in {@link ActivationDerivatives}).
 *
 * <p>Example with the sigmoid: a0 = 0.5, w = 0.8, b = -0.2, y = 1 give z1 = 0.2, a1 = S(0.2), about
 * 0.549834, C about 0.202649, dC/dw about -0.111424, dC/db about -0.222847, dC/da0 about
 * -0.178278. The same numbers with tanh: a1 about 0.197375, C about 0.644206, dC/dw about
 * -0.771357, dC/db about -1.542714, dC/da0 about -1.234171.
 */
@Exercise(lesson = "L05", task = "single-neuron", title = "One neuron: the chain rule to the weight and the bias")
public interface SingleNeuron {

    /**
     * a1 = sigma(w a0 + b).
     *
     * @param sigma the activation function
     * @param a0    the input activity
     * @param w     the weight
     * @param b     the bias
     * @return a1
     */
    double activity(Activation sigma, double a0, double w, double b);

    /**
     * C = (a1 - y)^2.
     *
     * @param sigma the activation function
     * @param a0    the input activity
     * @param w     the weight
     * @param b     the bias
     * @param y     the target
     * @return the cost
     */
    double cost(Activation sigma, double a0, double w, double b, double y);

    /**
     * dC/dw = 2 (a1 - y) sigma'(z1) a0.
     *
     * @param sigma the activation function
     * @param a0    the input activity
     * @param w     the weight
     * @param b     the bias
     * @param y     the target
     * @return the derivative of the cost with respect to the weight
     */
    double dCostDw(Activation sigma, double a0, double w, double b, double y);

    /**
     * dC/db = 2 (a1 - y) sigma'(z1).
     *
     * @param sigma the activation function
     * @param a0    the input activity
     * @param w     the weight
     * @param b     the bias
     * @param y     the target
     * @return the derivative of the cost with respect to the bias
     */
    double dCostDb(Activation sigma, double a0, double w, double b, double y);

    /**
     * dC/da0 = 2 (a1 - y) sigma'(z1) w.
     *
     * @param sigma the activation function
     * @param a0    the input activity
     * @param w     the weight
     * @param b     the bias
     * @param y     the target
     * @return the derivative of the cost with respect to the input activity
     */
    double dCostDa0(Activation sigma, double a0, double w, double b, double y);
}
