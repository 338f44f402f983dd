package tangent.grader.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Warm workers lent out one submission at a time. Each worker starts in the background as soon as
 * the pool exists, so the start-up of a JVM and the CAS overlaps with compiling the first submissions.
 */
public final class WorkerPool implements AutoCloseable {

    private final List<TestRunner> runners = new ArrayList<>();
    private final BlockingQueue<TestRunner> idle;

    /** A pool of {@code size} workers, starting now. */
    public WorkerPool(WorkerSettings settings, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + size);
        }
        for (int i = 0; i < size; i++) {
            TestRunner runner = new TestRunner(settings);
            runner.prestart();
            runners.add(runner);
        }
        this.idle = new ArrayBlockingQueue<>(size, false, runners);
    }

    /** A worker for one submission, waiting until one is free; give it back with {@link #release}. */
    public TestRunner borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        }
    }

    public void release(TestRunner runner) {
        idle.add(runner);
    }

    /** Lets every worker exit by itself. */
    @Override
    public void close() {
        runners.forEach(TestRunner::close);
    }
}
