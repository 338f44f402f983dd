package tangent.grader.run;

/** Workers cannot be started or keep dying outside any test: the grader cannot finish. */
public final class WorkerFailure extends Exception {

    public WorkerFailure(String message) {
        super(message);
    }
}
