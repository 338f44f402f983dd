package tangent.grader.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import tangent.grader.intake.SourceFile;
import tangent.grader.score.CompileError;

/**
 * The JDK's compiler run in this JVM: a submission's sources, as read by the intake, become a folder
 * of class files. The compiler sees the exercises API and the JDK; student code can use nothing
 * else at compile time. The grader runs this only inside its compiler process
 * ({@link CompilerMain}), never in the supervisor, since javac can be made to run long, use much
 * memory or crash; benchmarks use it directly to measure the floor.
 */
public final class Javac {

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
    /**
     * A file manager kept between compiles. A fresh one opens the JDK's release data and the API jar
     * again, which is most of the cost of compiling a small submission; one compile uses it at a time.
     */
    private final Queue<StandardJavaFileManager> fileManagers = new ConcurrentLinkedQueue<>();

    /** @param apiClasspath where the exercises API's classes are (a jar or a folder) */
    public Javac(List<Path> apiClasspath) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run Tangent with a JDK, not a JRE.");
        }
        this.apiClasspath = List.copyOf(apiClasspath);
    }

    /** Compiles {@code sources} into {@code classes}; the caller bounds its time and memory. */
    public BuildResult compile(List<SourceFile> sources, Path classes) {
        if (sources.isEmpty()) {
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0,
                    "no .java files found; put your classes in the submission folder or in src/main/java.")));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (SourceFile source : sources) {
            units.add(new InMemorySource(source));
        }
        List<String> options = new ArrayList<>(RELEASE);
        options.addAll(List.of("-proc:none", "-implicit:none", "-encoding", "UTF-8", "-nowarn",
                "-Xmaxerrs", Integer.toString(MAX_ERRORS), "-g",
                "-classpath", String.join(java.io.File.pathSeparator, apiClasspath.stream().map(Path::toString).toList()),
                "-d", classes.toString()));
        StringWriter otherOutput = new StringWriter();
        StandardJavaFileManager files = fileManagers.poll();
        if (files == null) {
            files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        boolean compiled;
        try {
            compiled = javac.getTask(otherOutput, files, diagnostics, options, null, units).call();
        } catch (RuntimeException | StackOverflowError e) {
            close(files); // do not reuse what it left behind
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write the compiled classes to " + classes, io); // the grader's trouble
            }
            // javac itself broke on this code (deep generics, huge constant folding...): one line for the
            // student, not the compiler's own crash report, and a scorecard like any compile error.
            return crashed(e);
        }
        fileManagers.add(files);
        if (compiled) {
            return new BuildResult.Compiled(classes);
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

    private static void close(StandardJavaFileManager files) {
        try {
            files.close();
        } catch (IOException e) {
            // it is dropped either way
        }
    }

    static BuildResult.Failed crashed(Throwable cause) {
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
