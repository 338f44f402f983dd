package tangent.grader.check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reference answers computed once per worker JVM, not once per submission: within a run every
 * submission is graded with the same seed, so the same test asks the reference for the same answer
 * (a trained network, a CAS Solve) again and again. An answer is kept under what determines it:
 * the suite's name for the computation and every input, compared exactly (doubles by their exact
 * decimal form); the reference's version is fixed for the life of a worker, whose class path does
 * not change. Only reference code may run inside {@code compute}: never the submission's, whose
 * results would then reach the next submission. Answers are shared: read them, copy before
 * changing, and never hand one to student code.
 *
 * <p>The engine keeps its own deterministic work here too: a CAS proof's outcome depends only on the
 * two expressions and the step budget ({@link CasProof}), and many students hand in the same text.
 *
 * <p>{@code -Dtangent.reference-answers=fresh} computes every answer anew (what the tests compare
 * against, to prove the cache changes no verdict).
 */
public final class ReferenceAnswers {

    /** Enough for every answer of a whole-course run; the oldest go first beyond it. */
    private static final int CAPACITY = 4096;
    private static final boolean FRESH = "fresh".equals(System.getProperty("tangent.reference-answers"));

    private static final Map<String, Object> ANSWERS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    private ReferenceAnswers() {
    }

    /**
     * The answer to {@code what} for these inputs: computed by {@code compute} the first time, the
     * same object after that.
     *
     * @param what   names the computation, unique across the suites (such as "L06 analyse")
     * @param inputs everything the answer depends on: numbers, strings, arrays (of any depth), records
     */
    public static <T> T of(String what, Supplier<T> compute, Object... inputs) {
        return of(what, compute, answer -> true, inputs);
    }

    /**
     * As {@link #of(String, Supplier, Object...)}, keeping only answers that {@code keep} accepts
     * (an outcome that depended on the machine, say, is computed again next time).
     */
    static <T> T of(String what, Supplier<T> compute, Predicate<T> keep, Object... inputs) {
        if (FRESH) {
            return compute.get();
        }
        String key = what + " " + Arrays.deepToString(inputs);
        synchronized (ANSWERS) {
            @SuppressWarnings("unchecked")
            T known = (T) ANSWERS.get(key);
            if (known != null) {
                return known;
            }
        }
        T answer = compute.get(); // outside the lock: a slow CAS call must not hold up another thread
        if (keep.test(answer)) {
            synchronized (ANSWERS) {
                ANSWERS.putIfAbsent(key, answer);
            }
        }
        return answer;
    }

    /** How many answers are kept (for tests). */
    static int size() {
        synchronized (ANSWERS) {
            return ANSWERS.size();
        }
    }
}
