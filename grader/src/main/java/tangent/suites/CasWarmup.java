package tangent.suites;

import java.util.SplittableRandom;
import tangent.grader.check.ExpressionAnswer;
import tangent.grader.check.Tolerance;

/**
 * Run by each worker before its first test: symja takes about a second to start, which must not
 * count against the first expression test's time limit.
 */
public final class CasWarmup implements Runnable {

    @Override
    public void run() {
        ExpressionAnswer.compare("x^2 + exp(x)", "x^2 + E^x", new ExpressionAnswer.Domain("x", -1, 1),
                new SplittableRandom(0), Tolerance.ROUNDING);
    }
}
