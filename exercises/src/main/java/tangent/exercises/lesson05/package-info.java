/**
 * Lesson 05, backpropagation: the derivatives of the activation functions, the binary
 * cross-entropy loss and its derivative, the chain rule through nested sigmoids and through one
 * neuron, a multilayer perceptron trained by backpropagation on two noisy concentric circles, and
 * one step of a recurrent network. Each interface here is one task; implement each in a public
 * class with a public no-argument constructor, anywhere in your submission folder.
 * {@link tangent.exercises.lesson05.TwoCircles} and {@link tangent.exercises.lesson05.NetworkParameters}
 * are not tasks: they are the data set and the seeded starting weights, given, so that you and the
 * grader train on the same points from the same start.
 *
 * <p>Names follow the course text (Lesson 05 of the mini-course): S is the sigmoid, z = a W + b is
 * a layer's input before its activation, a = g(z) its output, and for the loss L, dW, db, dz and
 * da are the derivatives of L with respect to W, b, z and a. Where a task asks for an expression
 * (a derivative written as text), write it as on paper in plain text: numbers, the task's
 * variables, {@code + - * /}, {@code ^} for powers, parentheses, {@code exp(...)},
 * {@code log(...)}, {@code tanh(...)}; any equivalent form is accepted, {@code S(z)} for the
 * sigmoid and the usual typed forms ({@code z²}, {@code −}, {@code ·}) included (see the README's
 * "Writing formulas").
 *
 * <p>The text's own {@code dsigmoid} returns {@code 2 * s * (1 - s)}: that factor 2 is a bug. The
 * derivative of the sigmoid is S(1 - S), and every task here expects that.
 */
package tangent.exercises.lesson05;
