/**
 * Hidden suites for Lesson 05, backpropagation. Visible tests use the text's numbers and the
 * task statements' examples; hidden ones add seeded random inputs, other network shapes and edge
 * cases. Derivatives are checked against the reference (automatic differentiation from Commons
 * Math) and, for the multilayer perceptron, against central differences of the loss as well. Hints
 * name the mistakes students make here: the text's factor 2 in the sigmoid's derivative, a sum
 * over the batch where the mean is asked, a forgotten activation derivative, clipping at another
 * constant than the text's.
 */
package tangent.suites.lesson05;
