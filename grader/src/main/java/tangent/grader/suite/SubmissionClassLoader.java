package tangent.grader.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads one submission's classes. Its parent sees the JDK and the exercises API and nothing else,
 * so a student class can implement the very interfaces the suites use but can never see the hidden
 * suites, the reference answers or the grader. Stack frames of submission code carry the loader
 * name {@value #NAME}, which is how failure messages point at the student's lines.
 */
public final class SubmissionClassLoader extends URLClassLoader {

    /** The name of every submission loader, as seen in {@link StackTraceElement#getClassLoaderName()}. */
    public static final String NAME = "submission";

    static {
        registerAsParallelCapable();
    }

    public SubmissionClassLoader(List<Path> classpath, ClassLoader apiSource, List<String> apiPackages) {
        super(NAME, urls(classpath), new ApiOnly(apiSource, apiPackages));
    }

    private static URL[] urls(List<Path> classpath) {
        try {
            URL[] urls = new URL[classpath.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = classpath.get(i).toUri().toURL();
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDK's platform classes, plus the API packages borrowed from the grader's own loader. */
    private static final class ApiOnly extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final ClassLoader apiSource;
        private final List<String> apiPackages;

        ApiOnly(ClassLoader apiSource, List<String> apiPackages) {
            super("exercises-api", ClassLoader.getPlatformClassLoader());
            this.apiSource = apiSource;
            this.apiPackages = apiPackages.stream().map(p -> p.endsWith(".") ? p : p + ".").toList();
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (String prefix : apiPackages) {
                if (name.startsWith(prefix)) {
                    return apiSource.loadClass(name);
                }
            }
            throw new ClassNotFoundException(name);
        }

        @Override
        protected URL findResource(String name) {
            return null;
        }
    }
}
