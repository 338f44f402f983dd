package tangent.exercises.lesson05;

/**
 * The activation functions of Lesson 05, as a layer of a network names them. The functions and
 * their derivatives are the task {@link ActivationDerivatives}.
 */
public enum Activation {
    /** ReLU(z) = max(0, z); its derivative is 1 where z &gt; 0 and 0 elsewhere, z = 0 included. */
    RELU,
    /** S(z) = 1 / (1 + e^-z); its derivative is S(z) (1 - S(z)). */
    SIGMOID,
    /** tanh(z); its derivative is 1 - tanh(z)^2. */
    TANH
}
