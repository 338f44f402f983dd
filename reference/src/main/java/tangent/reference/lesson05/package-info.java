/**
 * Reference answers for Lesson 05, backpropagation. Derivatives of single expressions come from
 * libraries: Commons Math's automatic differentiation ({@code DerivativeStructure}) for the
 * activations, the nested sigmoids and the single neuron, symja for the derivatives asked as text.
 * The multilayer perceptron and the recurrent step are the text's algorithms written out, since
 * backpropagation itself is what the task asks for; their tests check them against automatic
 * differentiation and central differences.
 */
package tangent.reference.lesson05;
