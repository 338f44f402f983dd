package tangent.grader.worker;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import tangent.grader.suite.SubmissionExtension;

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

    /** The JUnit request that runs this job: its tests, with the submission handed to the suites. */
    public LauncherDiscoveryRequest toRequest(List<String> apiPackages) {
        String pairs = implementations.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(tests.stream().map(DiscoverySelectors::selectUniqueId).toList())
                .configurationParameter(SubmissionExtension.CLASSPATH, String.join(File.pathSeparator, classpath))
                .configurationParameter(SubmissionExtension.IMPLEMENTATIONS, pairs)
                .configurationParameter(SubmissionExtension.API_PACKAGES, String.join(",", apiPackages))
                .configurationParameter(SubmissionExtension.SEED, Long.toString(seed))
                .build();
    }
}
