package tangent.grader.check;

import org.matheclipse.core.interfaces.IExpr;

/**
 * An expression that passed {@link AnswerReader}: parsed by symja, made only of whitelisted
 * functions, declared names and numbers of sane size.
 *
 * @param source     what was written, for messages
 * @param normalised the text symja parsed (after {@code **}, {@code ln}, lone {@code e} were rewritten)
 * @param tree       the parsed tree, never evaluated by symja's evaluator
 * @param numeric    the same tree as a plain double function of the declared names
 */
public record Formula(String source, String normalised, IExpr tree, DoubleForm numeric) {
}
