package tangent.exercises;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import tangent.cas.Cas;
import tangent.grader.check.ExpressionCheck;

/**
 * What the public samples need to check an expression answer with the grader's own check
 * ({@link ExpressionCheck}: proved equal by the CAS, else compared at sampled points, with the same
 * messages): the points, and the expected expression worked out by the CAS from the task's
 * function, so a sample states the task, never its answer.
 */
public final class FormulaSamples {

    private FormulaSamples() {
    }

    /** The sampled points, the same on every run: a sample's verdict never depends on luck. */
    public static RandomGenerator points() {
        return new SplittableRandom(2026);
    }

    /** d f / d variable, by the CAS. */
    public static String derivativeOf(String f, String variable) {
        return Cas.derivative(f, variable);
    }

    /** A check in one variable, sampled on [low, high], as the task's hidden suite makes it. */
    public static ExpressionCheck in(String variable, double low, double high) {
        return ExpressionCheck.in(variable).withDomain(variable, low, high);
    }
}
