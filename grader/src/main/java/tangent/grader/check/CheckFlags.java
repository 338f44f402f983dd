package tangent.grader.check;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Flags a check raises about the test running on this thread, such as {@code numeric} when an
 * expression was accepted because it agreed at every point but the CAS could not prove it. The
 * grading extension clears them before each test and publishes them after it, so they reach the
 * scorecard. A thread-local because checks are plain static calls made on the test's thread.
 */
public final class CheckFlags {

    /** An expression was accepted by numeric agreement alone. */
    public static final String NUMERIC = "numeric";

    private static final ThreadLocal<Set<String>> RAISED = ThreadLocal.withInitial(LinkedHashSet::new);

    private CheckFlags() {
    }

    public static void raise(String flag) {
        RAISED.get().add(flag);
    }

    /** The flags raised since the last call, which clears them. */
    public static Set<String> drain() {
        Set<String> flags = Set.copyOf(RAISED.get());
        RAISED.get().clear();
        return flags;
    }
}
