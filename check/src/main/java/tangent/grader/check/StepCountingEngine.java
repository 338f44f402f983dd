package tangent.grader.check;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import tangent.cas.Cas;

/**
 * A symja engine that counts its evaluation steps (each application of a function's attributes,
 * rules or argument evaluation) and stops once a budget is spent. The count depends only on the
 * expression, never on how busy the machine is, which is what makes a proof's outcome a function
 * of its input. Once the budget is spent every further step throws, so even code in symja that
 * catches and carries on unwinds quickly; {@link #exhausted()} then says not to trust the result.
 * One engine per proof (a fresh engine has no memo of earlier work, so counts do not depend on
 * what was proved before).
 */
final class StepCountingEngine extends EvalEngine {

    static {
        Cas.ensureConfigured(); // before symja's engine class initialises
    }

    private static final long serialVersionUID = 1L;

    /** Thrown when the budget is spent; symja may catch it, but the next step throws again. */
    static final class OutOfSteps extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OutOfSteps() {
            super("out of CAS steps", null, false, false);
        }
    }

    private final long budget;
    private long steps;

    StepCountingEngine(long budget) {
        super(true); // relaxed syntax, as everywhere in Tangent
        this.budget = budget;
    }

    long steps() {
        return steps;
    }

    boolean exhausted() {
        return steps > budget;
    }

    private void step() {
        if (++steps > budget) {
            throw new OutOfSteps();
        }
    }

    @Override
    public IExpr evalAttributes(ISymbol symbol, IASTMutable ast) {
        step();
        return super.evalAttributes(symbol, ast);
    }

    @Override
    public IExpr evalRules(ISymbol symbol, IAST ast) {
        step();
        return super.evalRules(symbol, ast);
    }

    @Override
    public IASTMutable evalArgs(IAST ast, int attributes, boolean numericMode) {
        step();
        return super.evalArgs(ast, attributes, numericMode);
    }
}
