package tangent.grader.check;

import org.matheclipse.core.interfaces.IExpr;

/**
 * An expression that passed {@link AnswerReader}: parsed by symja, made only of whitelisted
 * functions, declared names and numbers of sane size.
 *
 * @param source     what was written, for messages
 * @param normalised the text symja parsed: plain ASCII, without a left-hand side, with the usual
 *                   notations rewritten and declared functions replaced by their definitions
 * @param tree       the parsed tree, never evaluated by symja's evaluator
 * @param numeric    the same tree as a plain double function of the declared names
 * @param note       how an ambiguous part such as 1/2x was read, or "" when nothing was ambiguous
 */
public record Formula(String source, String normalised, IExpr tree, DoubleForm numeric, String note) {

    /** The answer as written, and how an ambiguous part of it was read: for a message that it differs. */
    public String shown() {
        return note.isEmpty() ? source.strip() : source.strip() + " (" + note + ")";
    }
}
