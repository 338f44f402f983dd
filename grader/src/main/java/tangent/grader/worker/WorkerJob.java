package tangent.grader.worker;

import java.util.List;
import java.util.Map;

/**
 * Run some tests of one submission.
 *
 * @param submission      the submission's id, for the worker's log
 * @param classpath       the submission's class path entries
 * @param implementations exercise interface binary name to implementing class binary name
 * @param seed            the run's seed
 * @param tests           JUnit unique ids of the tests to run
 */
public record WorkerJob(String submission, List<String> classpath, Map<String, String> implementations,
        long seed, List<String> tests) {
}
