package tangent.grader.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Where a course's parts are, read from the {@value #RESOURCE} resource, so the engine can grade
 * another course with other suites.
 *
 * @param name         the course's name, for reports
 * @param suitePackage the package whose {@code @Grades} classes are the grading suites
 * @param apiPackages  the packages students compile against and their code may see
 * @param warmup       a {@link Runnable} class each worker runs before its first test, so slow
 *                     one-off start-up (a CAS, say) is not charged to a test's time limit; may be empty
 * @param gradedPackages packages besides the suites and the API whose code decides grades (the
 *                     reference answers and their tables, say): hashed into every scorecard
 */
public record Course(String name, String suitePackage, List<String> apiPackages, String warmup,
        List<String> gradedPackages) {

    public static final String RESOURCE = "tangent-course.properties";

    public Course {
        apiPackages = List.copyOf(apiPackages);
        gradedPackages = List.copyOf(gradedPackages);
    }

    /** The course on the class path. */
    public static Course load() {
        Properties properties = new Properties();
        try (InputStream in = Course.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path: the grader has no course");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Course(required(properties, "name"), required(properties, "suites.package"),
                Arrays.stream(required(properties, "api.packages").split(",")).map(String::trim).toList(),
                properties.getProperty("worker.warmup", "").trim(),
                Arrays.stream(properties.getProperty("graded.packages", "").split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList());
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        return value.trim();
    }
}
