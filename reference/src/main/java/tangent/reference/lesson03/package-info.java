/**
 * Reference answers for Lesson 03, the gradient: partial derivatives as formulas from symja,
 * gradients as numbers from Commons Math's automatic differentiation ({@link
 * org.apache.commons.math3.analysis.differentiation.DerivativeStructure}), and the text's scan of
 * directions exactly as the text's code runs it (the scan is the task's own definition, so it is
 * written out, not taken from a library).
 */
package tangent.reference.lesson03;
