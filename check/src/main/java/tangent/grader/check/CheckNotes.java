package tangent.grader.check;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What checks tell the scorecard about the test running on this thread: flags such as
 * {@code numeric} (an expression accepted because it agreed at every point though the CAS could
 * not prove it), and the sampled curve of the first function check that failed. The grading
 * extension clears them before each test and publishes them after it, so they reach the
 * scorecard. Thread-locals because checks are plain static calls made on the test's thread.
 */
public final class CheckNotes {

    /** An expression was accepted by numeric agreement alone. */
    public static final String NUMERIC = "numeric";
    /**
     * A CAS proof was stopped by its wall-clock safety net rather than its step budget: the one
     * flag whose presence can depend on the machine's load, so a reviewer knows to regrade.
     */
    public static final String PROOF_STOPPED = "proof-stopped";

    private static final ThreadLocal<Set<String>> RAISED = ThreadLocal.withInitial(LinkedHashSet::new);
    private static final ThreadLocal<Curve> CURVE = new ThreadLocal<>();

    private CheckNotes() {
    }

    public static void raise(String flag) {
        RAISED.get().add(flag);
    }

    /** Keeps the curve of a failed function check, unless the test already has one. */
    public static void failedCurve(Curve curve) {
        if (CURVE.get() == null) {
            CURVE.set(curve);
        }
    }

    /** The failed curve recorded since the last call, or null; clears it. */
    public static Curve drainCurve() {
        Curve curve = CURVE.get();
        CURVE.remove();
        return curve;
    }

    /** The flags raised since the last call, which clears them. */
    public static Set<String> drain() {
        Set<String> flags = Set.copyOf(RAISED.get());
        RAISED.get().clear();
        return flags;
    }
}
