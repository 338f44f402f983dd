package tangent.grader.run;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the grader's child processes (workers, compilers) from one long-lived thread. bubblewrap's
 * --die-with-parent (PR_SET_PDEATHSIG) fires when the thread that started it ends, and a batch's
 * pool threads end one by one as the queue runs dry while the children they started, lent to other
 * threads, are still busy (measured: bench/hostile-batch.sh lost one honest test to a SIGKILL near
 * the end of each sandboxed batch of 200, and none with this).
 */
public final class Launcher {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tangent-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private Launcher() {
    }

    /** {@code builder.start()}, run on the launcher thread. */
    public static Process start(ProcessBuilder builder) throws IOException {
        try {
            return THREAD.submit(builder::start).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("cannot start " + builder.command().get(0), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + builder.command().get(0), e);
        }
    }
}
