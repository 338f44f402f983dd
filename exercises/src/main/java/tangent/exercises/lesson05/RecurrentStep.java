package tangent.exercises.lesson05;

import tangent.course.Exercise;

/**
 * One step of a recurrent neural network (text 002's {@code rnn_forward}) and the derivative that
 * backpropagation through time multiplies step after step.
 * <pre>
 *   h = tanh(Wxh x + Whh h_prev),   y = Why h
 * </pre>
 * <p><b>Shapes, as in the text:</b> x, h_prev, h and y are column vectors, here {@code double[]}
 * (x of the input size, h of the hidden size, y of the output size); Wxh is hidden x input, Whh is
 * hidden x hidden and Why is output x hidden, each as {@code double[row][column]}, so that
 * (Wxh x)[i] = sum over j of Wxh[i][j] x[j]. tanh is applied element by element. The text's
 * sizes are input 2, hidden 3, output 2.
 *
 * <p>Example: Wxh = {{1}, {-1}}, Whh = {{0.5, 0}, {0, 0.5}}, x = {1}, h_prev = {0, 0} give
 * h = {tanh 1, tanh(-1)}, about {0.761594, -0.761594}; with Why = {{1, 2}}, y = {-0.761594}.
 *
 * <p>Bad input: matrices or vectors whose sizes do not fit together (or ragged matrices) must
 * throw {@link IllegalArgumentException}.
 */
@Exercise(lesson = "L05", task = "recurrent-step", title = "One step of a recurrent network")
public interface RecurrentStep {

    /**
     * The new hidden state h = tanh(Wxh x + Whh h_prev).
     *
     * @param wxh   input-to-hidden weights, hidden x input
     * @param whh   hidden-to-hidden weights, hidden x hidden
     * @param x     the input, of the input size
     * @param hPrev the previous hidden state, of the hidden size
     * @return h, a new array of the hidden size
     */
    double[] hidden(double[][] wxh, double[][] whh, double[] x, double[] hPrev);

    /**
     * The output y = Why h.
     *
     * @param why hidden-to-output weights, output x hidden
     * @param h   the hidden state
     * @return y, a new array of the output size
     */
    double[] output(double[][] why, double[] h);

    /**
     * Runs the step over a sequence: h_1 from x_1 and h0, h_2 from x_2 and h_1, and so on.
     *
     * @param wxh input-to-hidden weights, hidden x input
     * @param whh hidden-to-hidden weights, hidden x hidden
     * @param xs  the inputs in order, {@code xs[t]} the input of step t + 1; may be empty
     * @param h0  the hidden state before the first step (the text starts from zeros)
     * @return one row per step: row t is the hidden state after step t + 1
     */
    double[][] hiddenStates(double[][] wxh, double[][] whh, double[][] xs, double[] h0);

    /**
     * The Jacobian of the new hidden state with respect to the previous one, dh/dh_prev: hidden x
     * hidden, row i and column k holding dh[i]/dh_prev[k] = (1 - h[i]^2) Whh[i][k], where h is
     * this step's new state. Rows are outputs and columns inputs, as in Lesson 04.
     *
     * @param wxh   input-to-hidden weights, hidden x input
     * @param whh   hidden-to-hidden weights, hidden x hidden
     * @param x     the input
     * @param hPrev the previous hidden state
     * @return dh/dh_prev, a new hidden x hidden matrix
     */
    double[][] hiddenJacobian(double[][] wxh, double[][] whh, double[] x, double[] hPrev);
}
