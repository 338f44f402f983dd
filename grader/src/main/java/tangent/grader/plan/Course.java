package tangent.grader.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import tangent.course.Exercise;

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
 * @param resource     the class path resource this was read from, so that workers read the same
 */
public record Course(String name, String suitePackage, List<String> apiPackages, String warmup,
        List<String> gradedPackages, String resource) {

    /** Where the course on the class path describes itself, unless {@value #CHOICE} names another resource. */
    public static final String RESOURCE = "tangent-course.properties";
    /** The system property that picks another course resource (tests grade a second course this way). */
    public static final String CHOICE = "tangent.course";

    public Course {
        apiPackages = List.copyOf(apiPackages);
        gradedPackages = List.copyOf(gradedPackages);
    }

    /** The course on the class path: {@value #RESOURCE}, or the resource {@value #CHOICE} names. */
    public static Course load() {
        return load(System.getProperty(CHOICE, RESOURCE));
    }

    /** The course that the class path resource {@code resource} describes. */
    public static Course load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Course.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path: the grader has no course");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Course(required(properties, "name"), required(properties, "suites.package"),
                Arrays.stream(required(properties, "api.packages").split(",")).map(String::trim).toList(),
                properties.getProperty("worker.warmup", "").trim(),
                Arrays.stream(properties.getProperty("graded.packages", "").split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList(), resource);
    }

    /**
     * What a submission compiles against: the class path entries that hold the course's API packages
     * and the engine's {@link Exercise} annotation, which those interfaces carry (the JDK aside).
     */
    public List<Path> apiClasspath() {
        Set<Path> entries = new LinkedHashSet<>();
        ClassLoader loader = Course.class.getClassLoader();
        try {
            for (String api : apiPackages) {
                String folder = api.replace('.', '/');
                for (URL url : Collections.list(loader.getResources(folder))) {
                    entries.add(rootOf(url, folder));
                }
            }
            entries.add(Path.of(Exercise.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (entries.size() < 2) {
            throw new IllegalStateException("the course's API packages " + apiPackages + " are not on the class path");
        }
        return List.copyOf(entries);
    }

    /** The class path entry (folder or jar) that a package folder's URL lies in. */
    private static Path rootOf(URL url, String folder) throws URISyntaxException {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            return Path.of(new URI(text.substring("jar:".length(), text.indexOf("!/"))));
        }
        Path path = Path.of(url.toURI());
        for (int i = folder.split("/").length; i > 0; i--) {
            path = path.getParent();
        }
        return path;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the course's properties lack " + key);
        }
        return value.trim();
    }
}
