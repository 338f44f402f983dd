package tangent.grader.plan;

/** The course's suites cannot be planned: a grader bug, reported before any submission runs. */
public final class PlanException extends RuntimeException {

    public PlanException(String message) {
        super(message);
    }
}
