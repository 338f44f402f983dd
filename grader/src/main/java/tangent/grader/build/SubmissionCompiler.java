package tangent.grader.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import tangent.grader.intake.SourceFile;
import tangent.grader.intake.Submission;

/**
 * Compiles a submission's sources, as read by the intake, into a folder of class files. The
 * compiler sees the exercises API and the JDK; student code can use nothing else at compile time.
 */
public final class SubmissionCompiler {

    /** The Java version submissions are written in. */
    static final int JAVA = 17;
    /**
     * On a newer JDK, {@code --release 17} keeps submissions to Java 17's API; on JDK 17 itself it
     * would only make javac read the same API from its release data, a third of a small compile.
     */
    private static final List<String> RELEASE = Runtime.version().feature() == JAVA
            ? List.of() : List.of("--release", Integer.toString(JAVA));

    /** The most errors reported; the first ones are what a student fixes first anyway. */
    private static final int MAX_ERRORS = 50;

    private final JavaCompiler javac;
    private final List<Path> apiClasspath;
    private final Duration budget;
    /**
     * File managers between compiles. A fresh one opens the JDK's release data and the API jar again,
     * which is most of the cost of compiling a small submission; one is used by one compile at a time.
     */
    private final Queue<StandardJavaFileManager> fileManagers = new ConcurrentLinkedQueue<>();

    /** A compiler with a one-minute budget per submission. */
    public SubmissionCompiler(List<Path> apiClasspath) {
        this(apiClasspath, Duration.ofMinutes(1));
    }

    /**
     * @param apiClasspath where the exercises API's classes are (a jar or a folder)
     * @param budget       how long compiling one submission may take; javac cannot be interrupted,
     *                     so a compile that overruns is abandoned on its daemon thread and reported
     */
    public SubmissionCompiler(List<Path> apiClasspath, Duration budget) {
        this.budget = budget;
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run Tangent with a JDK, not a JRE.");
        }
        this.apiClasspath = List.copyOf(apiClasspath);
    }

    public BuildResult compile(Submission submission, Path classes) {
        if (submission.sources().isEmpty()) {
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0,
                    "no .java files found in " + submission.path() + "; put your classes in this folder or in src/main/java.")));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (SourceFile source : submission.sources()) {
            units.add(new InMemorySource(source));
        }
        List<String> options = new ArrayList<>(RELEASE);
        options.addAll(List.of("-proc:none", "-implicit:none", "-encoding", "UTF-8", "-nowarn",
                "-Xmaxerrs", Integer.toString(MAX_ERRORS), "-g",
                "-classpath", String.join(java.io.File.pathSeparator, apiClasspath.stream().map(Path::toString).toList()),
                "-d", classes.toString()));
        StringWriter otherOutput = new StringWriter();
        FutureTask<Boolean> task = new FutureTask<>(() -> {
            StandardJavaFileManager files = fileManagers.poll();
            if (files == null) {
                files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
            }
            boolean finished = false;
            try {
                Boolean compiled = javac.getTask(otherOutput, files, diagnostics, options, null, units).call();
                finished = true;
                return compiled;
            } finally {
                if (finished) {
                    fileManagers.add(files);
                } else {
                    files.close(); // javac itself failed: do not reuse what it left behind
                }
            }
        });
        Thread thread = new Thread(task, "tangent-javac-" + submission.id());
        thread.setDaemon(true);
        thread.start();
        try {
            if (task.get(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                return new BuildResult.Compiled(classes);
            }
        } catch (TimeoutException e) {
            task.cancel(true);
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0, "compiling took longer than "
                    + budget.toSeconds() + " s and was stopped; simplify the code (deeply nested generics or huge "
                    + "constant expressions make javac slow).")));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            // javac itself broke on this code (deep generics, huge constant folding...): one line for the
            // student, not the compiler's own crash report, and a scorecard like any compile error.
            return crashed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + submission.id(), e);
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() instanceof InMemorySource s ? s.path : ".";
                errors.add(new CompileError(file, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                        d.getMessage(Locale.ROOT)));
            }
        }
        if (errors.isEmpty()) {
            String said = otherOutput.toString().strip();
            if (said.contains("An exception has occurred in the compiler")) {
                return crashed(null);
            }
            errors.add(new CompileError(".", 0, 0, "the compiler failed: " + said));
        }
        return new BuildResult.Failed(errors);
    }

    private static BuildResult.Failed crashed(Throwable cause) {
        String what = cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
        return new BuildResult.Failed(List.of(new CompileError(".", 0, 0, "the Java compiler itself failed on this "
                + "code" + what + ", which is not a mistake the compiler could name: simplify what is unusual in it "
                + "(very deep nesting of generics, expressions or calls, enormous constant expressions) and submit again.")));
    }

    /** A source held in memory, named by its path in the submission. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String path;
        private final String content;

        InMemorySource(SourceFile source) {
            super(uriOf(source.path()), Kind.SOURCE);
            this.path = source.path();
            this.content = source.content();
        }

        private static URI uriOf(String path) {
            try {
                return new URI("string", null, "/" + path, null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("unusable source path " + path, e);
            }
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
