package tangent.suites.lesson05;

import tangent.grader.check.Checks;
import tangent.grader.check.Tolerance;

/**
 * Names the inputs of the element a check will report, so that a message about "element [12]" of
 * many random cases also says which inputs element 12 came from.
 */
final class Where {

    private Where() {
    }

    /**
     * The index of the element that misses most (as {@code Checks} picks it), or -1 when all are
     * close.
     */
    static int worst(double[] expected, double[] actual, Tolerance tolerance) {
        return Checks.worstIndex(expected, actual, tolerance);
    }

    /**
     * {@code call} followed by which call its worst element came from, e.g.
     * {@code "loss(y, yhat) over 30 cases (element [4] is loss(1, 0.25))"}.
     */
    static String describe(String call, int count, java.util.function.IntFunction<String> element, double[] expected,
            double[] actual, Tolerance tolerance) {
        int worst = worst(expected, actual, tolerance);
        String where = worst < 0 ? "" : " (element [" + worst + "] is " + element.apply(worst) + ")";
        return call + " over " + count + " cases" + where;
    }
}
