package tangent.exercises.lesson05;

import tangent.course.Exercise;

/**
 * A multilayer perceptron trained by backpropagation: the text's {@code mlp} class, with its
 * weights given from outside so that the grader can start it where it likes and read back every
 * gradient. The text's network has layer sizes 2-4-3-1 with activations ReLU, ReLU, sigmoid and
 * the binary cross-entropy loss; yours must work for any sizes and any {@link Activation}s.
 *
 * <p><b>Shapes, as in the text.</b> A batch of n instances is an n x n0 matrix {@code x}: one
 * instance per row, one input feature per column ({@code double[row][column]}). Layer l = 1..L
 * maps the n x n(l-1) matrix a[l-1] to the n x n(l) matrix
 * <pre>
 *   z[l] = a[l-1] W[l] + b[l],   a[l] = g_l(z[l])       (a[0] = x, a[L] = yhat)
 * </pre>
 * so W[l] is n(l-1) x n(l) (row i, column j: from unit i of layer l-1 to unit j of layer l) and the
 * bias b[l], a row of n(l) numbers, is added to every row. Java arrays count from 0 while the text
 * counts layers from 1: here {@code weights[l - 1]} is W[l], {@code biases[l - 1]} is b[l] and
 * {@code activations[l - 1]} is g_l.
 *
 * <p><b>The loss</b> is the binary cross-entropy of {@link BinaryCrossEntropy}, with its clipping,
 * averaged over the batch (and summed over the output units, of which the text's network has one):
 * L = (1/n) sum over i and j of CE(y[i][j], yhat[i][j]). The labels y are an n x n(L) matrix, n x 1
 * for the text's network (the text reshapes its labels to (n, 1)). The last layer's activation
 * should be the sigmoid, so that yhat is a probability.
 *
 * <p><b>Backward</b>, as the text's {@code backward}: for each instance (row) i,
 * <pre>
 *   da[L]   = dCE/dyhat (y, yhat), element by element
 *   dz[l]   = da[l] * g_l'(z[l]),  element by element       for l = L, ..., 1
 *   da[l-1] = dz[l] W[l]^T                                   (the Jacobian step)
 * </pre>
 * Row i of dz[l] and da[l] is the derivative of instance i's own loss, as in the text. The weight
 * and bias gradients are those of the mean loss L:
 * <pre>
 *   dW[l] = a[l-1]^T dz[l] / n       (n(l-1) x n(l), the shape of W[l])
 *   db[l] = the mean of the rows of dz[l]
 * </pre>
 * (The text's {@code db} takes that mean, but its {@code dW} forgets the 1/n, so its weights
 * learn n times faster than its biases: divide both by n here.) Mind the sigmoid's derivative:
 * it is S(1 - S), not the text's {@code 2 * s * (1 - s)}.
 *
 * <p>Example, one layer and one instance: W[1] = {{0.5}}, b[1] = {0}, the sigmoid, x = {{2}},
 * y = {{1}}. Forward: z = 1, yhat = S(1), about 0.731059; the loss is -log S(1), about 0.313262.
 * Backward: da[1] = -1 / S(1), about -1.367879; dz[1] = da[1] S(1) (1 - S(1)) = S(1) - 1, about
 * -0.268941; dW[1] = 2 dz[1], about -0.537883; db[1] about -0.268941; da[0] = dz[1] 0.5, about
 * -0.134471.
 *
 * <p><b>Update</b> is one step of gradient descent with learning rate eta:
 * W[l] = W[l] - eta dW[l], b[l] = b[l] - eta db[l].
 *
 * <p><b>Bad input.</b> {@link #initialize} throws {@link IllegalArgumentException} when the arrays
 * do not fit together (no layer, counts that differ, a ragged or empty matrix, W[l]'s rows not
 * matching W[l-1]'s columns, a bias whose length is not W[l]'s column count); {@link #forward} and
 * {@link #backward} throw it when a matrix has the wrong number of columns or rows. A method called
 * before what it needs (forward before initialize, backward or loss before forward, update before
 * backward) throws {@link IllegalStateException}.
 */
@Exercise(lesson = "L05", task = "multilayer-perceptron", title = "A multilayer perceptron: forward, backward, update, training")
public interface MultilayerPerceptron {

    /**
     * Sets the network up: L layers, {@code weights[l - 1]} = W[l] (n(l-1) x n(l)),
     * {@code biases[l - 1]} = b[l] (length n(l)), {@code activations[l - 1]} = g_l. Copies the
     * arrays: changing them afterwards must not change the network, and training must not change
     * them. Calling it again starts a new network.
     *
     * @param weights     the L weight matrices
     * @param biases      the L bias rows
     * @param activations the L activation functions
     */
    void initialize(double[][][] weights, double[][] biases, Activation[] activations);

    /**
     * Feeds a batch forward with the current weights and remembers every z[l] and a[l] for
     * {@link #backward}.
     *
     * @param x the batch, n x n0, n at least 1
     * @return yhat = a[L], n x n(L), a new array
     */
    double[][] forward(double[][] x);

    /**
     * The mean binary cross-entropy of the last {@link #forward}'s output against these labels.
     *
     * @param y the labels, n x n(L)
     * @return L = (1/n) sum of CE(y[i][j], yhat[i][j])
     */
    double loss(double[][] y);

    /**
     * Backpropagates the loss of the last {@link #forward}'s output against these labels: computes
     * dW[l], db[l] and da[l] for every layer, as described above.
     *
     * @param y the labels, n x n(L)
     */
    void backward(double[][] y);

    /**
     * dW after the last {@link #backward}: element l - 1 is dW[l], shaped like W[l].
     *
     * @return the L weight gradients, new arrays
     */
    double[][][] weightGradients();

    /**
     * db after the last {@link #backward}: element l - 1 is db[l], of length n(l).
     *
     * @return the L bias gradients, new arrays
     */
    double[][] biasGradients();

    /**
     * da[layer] after the last {@link #backward}, for layer = 0..L: n x n(layer), row i the
     * derivative of instance i's loss with respect to that layer's output. da[L] is dCE/dyhat;
     * da[0] is the derivative with respect to the input x itself.
     *
     * @param layer from 0 to L; otherwise throw {@link IllegalArgumentException}
     * @return da[layer], a new array
     */
    double[][] activationGradient(int layer);

    /**
     * One step of gradient descent with the gradients of the last {@link #backward}:
     * W[l] -= eta dW[l], b[l] -= eta db[l] for every layer.
     *
     * @param eta the learning rate
     */
    void update(double eta);

    /**
     * The current weights: element l - 1 is W[l].
     *
     * @return the L weight matrices, new arrays
     */
    double[][][] weights();

    /**
     * The current biases: element l - 1 is b[l].
     *
     * @return the L bias rows, new arrays
     */
    double[][] biases();

    /**
     * Trains by full-batch gradient descent, as the text's loop does: for each epoch, forward(x),
     * record loss(y), backward(y), update(eta). The network keeps the trained weights.
     *
     * <p>Example, the run the grader makes: the text's 2-4-3-1 network (ReLU, ReLU, sigmoid)
     * started from {@code NetworkParameters.random(new int[] {2, 4, 3, 1}, 44)}, trained on
     * {@code TwoCircles.generate(1000, 0.5, 0.1, 42)} with eta = 0.5 for 200 epochs: the loss falls
     * from about 0.709 to about 0.044, and afterwards 99.4% of the points are classified right
     * (class 1 where yhat &gt; 0.5, as the text's {@code accuracy_score(y, yhat > 0.5)}).
     *
     * @param x      the batch, n x n0
     * @param y      the labels, n x n(L)
     * @param eta    the learning rate, positive and finite; otherwise throw {@link IllegalArgumentException}
     * @param epochs how many steps, 0 or more; otherwise throw {@link IllegalArgumentException}
     * @return the loss of each epoch, measured before that epoch's update (length epochs)
     */
    double[] train(double[][] x, double[][] y, double eta, int epochs);
}
