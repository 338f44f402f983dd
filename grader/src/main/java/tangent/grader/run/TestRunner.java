package tangent.grader.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tangent.grader.plan.PlannedTest;
import tangent.grader.score.Outcome;
import tangent.grader.score.TestStatus;
import tangent.grader.worker.WorkerEvent;
import tangent.grader.worker.WorkerJob;

/**
 * Runs a submission's tests in a worker JVM under a wall-clock watchdog. The worker says which
 * test it has started; when that test overruns its limit the worker is killed, the test is marked
 * {@code timeout}, and the tests not yet run go to a fresh worker. A worker that dies during a
 * test costs that test alone. One warm worker is kept across submissions.
 */
public final class TestRunner implements AutoCloseable {

    /** Deaths of workers outside any test, per submission, before the grader gives up. */
    private static final int MAX_FRUITLESS_STARTS = 2;

    private final WorkerSettings settings;
    private WorkerProcess worker;
    private CompletableFuture<WorkerProcess> starting;

    public TestRunner(WorkerSettings settings) {
        this.settings = settings;
    }

    /** What one submission's run needs besides its tests. */
    public record Request(String submission, List<Path> classpath, Map<String, String> implementations, long seed) {
    }

    /**
     * Runs the tests and returns an outcome for every one of them.
     *
     * @throws WorkerFailure when no worker JVM can be started at all
     */
    public Result run(Request request, List<PlannedTest> tests) throws WorkerFailure {
        Map<String, PlannedTest> remaining = new LinkedHashMap<>();
        tests.forEach(t -> remaining.put(t.uniqueId(), t));
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        long budgetEnd = System.nanoTime() + settings.submissionBudget().toNanos();
        int fruitless = 0;
        while (!remaining.isEmpty()) {
            if (System.nanoTime() > budgetEnd) {
                remaining.keySet().forEach(id -> outcomes.put(id, Outcome.notRun("not run: this submission used up its "
                        + settings.submissionBudget().toSeconds() + " s budget before reaching this test.")));
                break;
            }
            int before = remaining.size();
            runBatch(request, remaining, outcomes);
            if (remaining.size() == before && !remaining.isEmpty()) {
                fruitless++;
                if (fruitless >= MAX_FRUITLESS_STARTS) {
                    String why = "the grading JVM died " + fruitless + " times before running any of the "
                            + remaining.size() + " tests left";
                    remaining.keySet().forEach(id -> outcomes.put(id, Outcome.notRun("not run: " + why + ".")));
                    return new Result(outcomes, why);
                }
            }
        }
        return new Result(outcomes, null);
    }

    /**
     * Every test's outcome, keyed by JUnit unique id.
     *
     * @param outcomes one per test asked for
     * @param crash    why the run could not finish, or null when it did
     */
    public record Result(Map<String, Outcome> outcomes, String crash) {
    }

    /** One pass over the remaining tests in one worker, until they are done or the worker is gone. */
    private void runBatch(Request request, Map<String, PlannedTest> remaining, Map<String, Outcome> outcomes)
            throws WorkerFailure {
        WorkerProcess current = worker();
        try {
            current.send(new WorkerJob(request.submission(), request.classpath().stream().map(Path::toString).toList(),
                    request.implementations(), request.seed(), List.copyOf(remaining.keySet())));
        } catch (IOException e) {
            discardWorker();
            return;
        }
        String running = null;
        long runningSince = 0;
        String suiteFailure = null;
        long limit = settings.testTimeout().toMillis();
        while (true) {
            long wait = running == null ? settings.startupTimeout().toMillis()
                    : limit - (System.nanoTime() - runningSince) / 1_000_000;
            WorkerEvent event = current.next(wait);
            if (event == null) {
                discardWorker();
                if (running != null) {
                    remaining.remove(running);
                    outcomes.put(running, new Outcome(TestStatus.TIMEOUT, "did not finish within "
                            + seconds(limit) + ": an endless loop, or far too much work? The grader stopped it.",
                            "", limit));
                }
                return;
            }
            if (event instanceof WorkerEvent.Started started) {
                running = started.test();
                runningSince = System.nanoTime();
            } else if (event instanceof WorkerEvent.Finished finished) {
                if (remaining.remove(finished.test()) != null) {
                    outcomes.put(finished.test(), new Outcome(finished.status(), finished.message(), finished.output(),
                            finished.durationMs(), finished.flags(), finished.curve(), finished.location()));
                }
                running = null;
            } else if (event instanceof WorkerEvent.ContainerFailed failed) {
                suiteFailure = failed.message();
            } else if (event instanceof WorkerEvent.Done done) {
                String why = suiteFailure != null ? "the suite failed before this test: " + suiteFailure
                        : "the worker finished without reporting this test";
                remaining.keySet().forEach(id -> outcomes.put(id, new Outcome(TestStatus.ERROR, why, "", 0)));
                remaining.clear();
                if (done.retire()) {
                    discardWorker();
                }
                return;
            } else {
                // The worker exited (or gave up) in the middle of the job.
                int exit = current.exitCode();
                String log = current.stderrTail();
                discardWorker();
                if (running != null) {
                    remaining.remove(running);
                    outcomes.put(running, new Outcome(TestStatus.ERROR, "the test ended the grading JVM"
                            + exitReason(exit) + (log.isEmpty() ? "" : " Last words: " + log), "",
                            (System.nanoTime() - runningSince) / 1_000_000));
                }
                return;
            }
        }
    }

    private static String exitReason(int exit) {
        return switch (exit) {
            case 3 -> " by running out of memory (exit code 3): a huge array or a list that never stops growing?";
            case -1 -> ".";
            default -> " (exit code " + exit + "): System.exit, Runtime.halt or a crash?";
        };
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
    }

    /**
     * Starts a worker in the background now, so its start-up (a JVM and the CAS warming up, over a
     * second) overlaps with whatever the caller does before the first run, such as compiling.
     */
    public void prestart() {
        if (worker == null && starting == null) {
            starting = CompletableFuture.supplyAsync(() -> {
                try {
                    return WorkerProcess.start(settings);
                } catch (IOException | WorkerFailure e) {
                    throw new CompletionException(e);
                }
            });
        }
    }

    private WorkerProcess worker() throws WorkerFailure {
        if (worker == null && starting != null) {
            CompletableFuture<WorkerProcess> pending = starting;
            starting = null;
            try {
                worker = pending.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof WorkerFailure failure) {
                    throw failure;
                }
                throw new WorkerFailure("cannot start a worker JVM with " + settings.java() + ": " + e.getCause());
            }
        }
        if (worker == null) {
            try {
                worker = WorkerProcess.start(settings);
            } catch (IOException e) {
                throw new WorkerFailure("cannot start a worker JVM with " + settings.java() + ": " + e.getMessage());
            }
        }
        return worker;
    }

    private void discardWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    /** Lets the warm worker exit by itself (so it can leave its class-data archive behind). */
    @Override
    public void close() {
        if (starting != null) {
            try {
                starting.join().retire();
            } catch (CompletionException e) {
                // it never started: nothing to close
            }
            starting = null;
        }
        if (worker != null) {
            worker.retire();
            worker = null;
        }
    }
}
