package tangent.grader.suite;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import tangent.course.Exercise;
import tangent.grader.check.CheckNotes;

/**
 * Fills test parameters: an exercise interface gets a fresh instance of the submission's class
 * (one per test, so no state leaks from test to test), a {@link RandomGenerator} gets a generator
 * seeded from the run's seed and the test's id. Everything it needs arrives as JUnit configuration
 * parameters set by the worker, so it holds no static state; the submission's class loader lives
 * in the root context's store and is closed with it.
 */
public final class SubmissionExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback {

    /** The report entry key under which a test's check flags (comma-separated) are published. */
    public static final String FLAGS = "tangent.flags";
    /** The report entry key under which a failed function check's curve is published, as JSON. */
    public static final String CURVE = "tangent.curve";

    /** Class path of the submission, entries joined by the platform's path separator. */
    public static final String CLASSPATH = "tangent.submission.classpath";
    /** Which class implements which interface: {@code iface=class} pairs joined by commas. */
    public static final String IMPLEMENTATIONS = "tangent.submission.implementations";
    /** Packages the submission may see besides the JDK, joined by commas. */
    public static final String API_PACKAGES = "tangent.api.packages";
    /** The run's seed, a decimal long. */
    public static final String SEED = "tangent.seed";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SubmissionExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        CheckNotes.drain(); // nothing left over from an earlier test on this thread
        CheckNotes.drainCurve();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var flags = CheckNotes.drain();
        if (!flags.isEmpty()) {
            context.publishReportEntry(FLAGS, String.join(",", new java.util.TreeSet<>(flags)));
        }
        var curve = CheckNotes.drainCurve();
        if (curve != null) {
            try {
                context.publishReportEntry(CURVE, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(curve));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // a curve that cannot be written is only a plot the report will lack
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RandomGenerator.class || isExercise(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == RandomGenerator.class) {
            long seed = Long.parseLong(setting(context, SEED));
            String id = TestIds.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
            return new SplittableRandom(TestIds.seedOf(seed, id));
        }
        return instantiate(type, context);
    }

    static boolean isExercise(Class<?> type) {
        return type.isInterface() && type.isAnnotationPresent(Exercise.class);
    }

    private Object instantiate(Class<?> exercise, ExtensionContext context) {
        // Visible and hidden tests each get a class loader of their own, so no static field of the
        // submission carries what a hidden test was called with into a visible test's message.
        String audience = unseen(context) ? "hidden" : "visible";
        Submission submission = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Submission.class.getName() + "/" + audience, key -> Submission.open(context),
                        Submission.class);
        String className = submission.implementations().get(exercise.getName());
        if (className == null) {
            throw new ParameterResolutionException("the submission has no class implementing "
                    + exercise.getSimpleName());
        }
        Object instance;
        try {
            Class<?> implementation = Class.forName(className, true, submission.loader());
            instance = implementation.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            // The student's constructor threw: report its exception as the test's error.
            throw sneaky(e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ParameterResolutionException("could not create " + className + ": " + e, e);
        }
        return exercise.cast(instance);
    }

    /** Whether the test is not shown to students: hidden, or not yet due (on the method or its class). */
    private static boolean unseen(ExtensionContext context) {
        boolean onMethod = context.getTestMethod().map(m -> m.isAnnotationPresent(Hidden.class)
                || m.isAnnotationPresent(AfterDueDate.class)).orElse(false);
        boolean onClass = context.getTestClass().map(c -> c.isAnnotationPresent(Hidden.class)
                || c.isAnnotationPresent(AfterDueDate.class)).orElse(false);
        return onMethod || onClass;
    }

    private static String setting(ExtensionContext context, String key) {
        return context.getConfigurationParameter(key).orElseThrow(
                () -> new ParameterResolutionException("configuration parameter " + key + " is not set"));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** The submission's loader and implementation map, built once per test run. */
    private record Submission(SubmissionClassLoader loader, Map<String, String> implementations)
            implements AutoCloseable {

        static Submission open(ExtensionContext context) {
            List<Path> classpath = Arrays.stream(setting(context, CLASSPATH).split(File.pathSeparator))
                    .filter(s -> !s.isEmpty()).map(Path::of).toList();
            List<String> api = Arrays.stream(setting(context, API_PACKAGES).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            Map<String, String> implementations = new HashMap<>();
            for (String pair : context.getConfigurationParameter(IMPLEMENTATIONS).orElse("").split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    implementations.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            ClassLoader apiSource = SubmissionExtension.class.getClassLoader();
            return new Submission(new SubmissionClassLoader(classpath, apiSource, api), Map.copyOf(implementations));
        }

        @Override
        public void close() {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
