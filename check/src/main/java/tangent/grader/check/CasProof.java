package tangent.grader.check;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Asks the CAS to prove two vetted expressions equal: {@code Together}, then {@code Together}
 * with exponents expanded, then {@code Simplify}, then {@code FullSimplify} of their difference,
 * stopping at the first that gives 0.
 *
 * <p>What bounds a proof is a budget of CAS steps ({@link StepCountingEngine}), not time: whether
 * an answer is proved must not depend on how busy the machine is. The wall clock is only a safety
 * net, for a symja routine that loops without taking evaluation steps: then the proof is
 * abandoned on its thread (some symja calls ignore interrupts), the outcome says so, and
 * {@link #leftRunaways()} tells the worker to retire this JVM after the current job.
 *
 * <p>The state below is per JVM by nature (the CAS thread and whether one was abandoned), which is
 * why it is static.
 */
public final class CasProof {

    /** How a proof attempt ended. */
    public enum Outcome {
        /** The CAS reduced the difference to 0. */
        PROVED,
        /** Every step ran within the budget and none gave 0. */
        NOT_PROVED,
        /** The step budget was spent first. */
        OUT_OF_STEPS,
        /** The wall-clock safety net fired: the only outcome that can depend on the machine's load. */
        STOPPED
    }

    /**
     * The default budget, about half a second of symja on a warm JVM. Every proof the suites need
     * for the course's samples took at most 96,443 steps (p99 15,964, median 107), so this leaves
     * twice that; counts can differ by a few dozen steps the first time a JVM loads a rule set.
     */
    public static final long DEFAULT_STEPS = 200_000;

    /**
     * How long a proof may run before the safety net abandons it, whatever its budget: far above
     * what a full budget takes even on a loaded machine, and below a test's default time limit.
     */
    public static final Duration SAFETY_NET = Duration.ofSeconds(3);

    /**
     * Each step is a symja function applied to the difference, cheapest first. The second expands
     * every exponent after Together: Together leaves E^(2px+2qy+2(-px-qy)) as it is, and without
     * this a sigmoid written S(1 - S) could only be accepted as numeric.
     */
    private static final List<String> STEPS = List.of("Together(%s)",
            "Together(Together(%s) /. E^(z_) :> E^Expand(z))", "Simplify(%s)", "FullSimplify(%s)");
    private static final Object LOCK = new Object();
    private static ExecutorService thread = newThread();
    private static boolean runaways;

    private CasProof() {
    }

    /**
     * Tries to prove {@code a} and {@code b} (symja input text, already vetted) equal within
     * {@code steps} CAS steps. Anything but {@link Outcome#PROVED} means "not proved", never
     * "proved different".
     */
    public static Outcome attempt(String a, String b, long steps) {
        // Kept per worker: the outcome is a function of the two texts and the budget, except STOPPED.
        return ReferenceAnswers.of("CAS proof", () -> attempt(a, b, steps, SAFETY_NET), outcome -> outcome != Outcome.STOPPED,
                a, b, steps);
    }

    /** As {@link #attempt(String, String, long)}, with another safety net (for tests of the net itself). */
    static Outcome attempt(String a, String b, long steps, Duration safetyNet) {
        if (steps <= 0) {
            throw new IllegalArgumentException("a proof needs a positive step budget, not " + steps);
        }
        Future<Outcome> proof;
        synchronized (LOCK) {
            proof = thread.submit(() -> prove("(" + a + ")-(" + b + ")", steps));
        }
        try {
            return proof.get(safetyNet.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (LOCK) {
                proof.cancel(true);
                thread.shutdownNow();
                thread = newThread();
                runaways = true;
            }
            return Outcome.STOPPED;
        } catch (ExecutionException e) {
            return Outcome.NOT_PROVED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.STOPPED;
        }
    }

    /** Whether {@code a} and {@code b} are proved equal within the default budget. */
    public static boolean provesEqual(String a, String b) {
        return attempt(a, b, DEFAULT_STEPS) == Outcome.PROVED;
    }

    /** Whether some proof overran the safety net and its thread may still be running. */
    public static boolean leftRunaways() {
        synchronized (LOCK) {
            return runaways;
        }
    }

    /** One budget for all steps together, on a fresh engine so no earlier proof's memo counts. */
    private static Outcome prove(String difference, long budget) {
        StepCountingEngine engine = new StepCountingEngine(budget);
        ExprEvaluator evaluator = new ExprEvaluator(engine, false, (short) 2);
        for (String step : STEPS) {
            if (Thread.currentThread().isInterrupted()) {
                return Outcome.STOPPED;
            }
            try {
                IExpr result = evaluator.eval(step.formatted(difference));
                if (engine.exhausted()) {
                    return Outcome.OUT_OF_STEPS; // whatever came back was cut short
                }
                if (result.isZero()) {
                    return Outcome.PROVED;
                }
            } catch (StepCountingEngine.OutOfSteps e) {
                return Outcome.OUT_OF_STEPS;
            } catch (RuntimeException e) {
                if (engine.exhausted()) {
                    return Outcome.OUT_OF_STEPS;
                }
                // symja gave up on this step (a limit, an unsupported case): try the next one.
            }
        }
        return Outcome.NOT_PROVED;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "tangent-cas-proof");
            t.setDaemon(true);
            return t;
        });
    }
}
