package tangent.suites;

import java.util.SplittableRandom;
import tangent.grader.check.ExpressionCheck;

/**
 * Run by each worker before its first test: symja takes about a second to start, which must not
 * count against the first expression test's time limit.
 */
public final class CasWarmup implements Runnable {

    @Override
    public void run() {
        ExpressionCheck.in("x").compare("x^2 + exp(x)", "x^2 + E^x", new SplittableRandom(0));
        ExpressionCheck.in("x").compareAntiderivative("x^3/3 + C", "x^2", "x", new SplittableRandom(0));
    }
}
