package tangent.grader.check;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matheclipse.core.interfaces.IExpr;
import tangent.reference.cas.Cas;

/**
 * Asks the CAS to prove two vetted expressions equal: {@code Together}, then {@code Together}
 * with exponents expanded, then {@code Simplify}, then {@code FullSimplify} of their difference,
 * stopping at the first that gives 0. Each call
 * runs on a CAS thread of its own and is abandoned when it overruns its limit, because some symja
 * calls ignore interrupts: a proof that cannot finish in time is simply not a proof, and the
 * check falls back on numeric agreement. An abandoned thread may keep burning a core, so
 * {@link #leftRunaways()} tells the worker to retire this JVM after the current job.
 *
 * <p>The state below is per JVM by nature (the CAS thread and whether one was abandoned), which is
 * why it is static.
 */
public final class CasProof {

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
     * Whether the CAS proves {@code a} and {@code b} (symja input text, already vetted) equal
     * within {@code limit}. False means "not proved", never "proved different".
     */
    public static boolean provesEqual(String a, String b, Duration limit) {
        Future<Boolean> proof;
        synchronized (LOCK) {
            proof = thread.submit(() -> prove("(" + a + ")-(" + b + ")"));
        }
        try {
            return proof.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (LOCK) {
                proof.cancel(true);
                thread.shutdownNow();
                thread = newThread();
                runaways = true;
            }
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether some proof overran and its thread may still be running. */
    public static boolean leftRunaways() {
        synchronized (LOCK) {
            return runaways;
        }
    }

    private static boolean prove(String difference) {
        for (String step : STEPS) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            try {
                IExpr result = Cas.eval(step.formatted(difference));
                if (result.isZero()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // symja gave up on this step (a limit, an unsupported case): try the next one.
            }
        }
        return false;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "tangent-cas-proof");
            t.setDaemon(true);
            return t;
        });
    }
}
