package tangent.grader.similarity;

import com.sun.source.util.JavacTask;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import tangent.grader.intake.SourceFile;
import tangent.grader.io.StudentText;

/**
 * Whether a submission's sources parse as Java, asked of javac's parser alone (no class path, no
 * types): JPlag's front end is that parser too, and on a syntax error only logs it and drops the
 * submission, so asking first is how the report can say which file and line to fix.
 */
final class JavaSyntax {

    private static final String TOO_DEEP = "its code is nested too deeply to parse";

    private final JavaCompiler javac;

    JavaSyntax() {
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java has no compiler (a JRE, not a JDK): similarity needs a JDK");
        }
    }

    /**
     * The stack this parse gets: a quarter of the comparison's, so code that parses here leaves
     * JPlag room to parse it again and walk its tree (both recurse once per nesting level).
     */
    static final long STACK_BYTES = 128L * 1024 * 1024;

    /**
     * The first syntax error, as "path:line: message"; null when every file parses. Call it on a
     * thread with a stack of {@link #STACK_BYTES}: javac's parser recurses once per nesting level.
     */
    String firstError(List<SourceFile> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        for (SourceFile source : sources) {
            units.add(new SimpleJavaFileObject(URI.create("string:///" + units.size() + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source.content();
                }

                @Override
                public String getName() {
                    return source.path();
                }
            });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            JavacTask task = (JavacTask) javac.getTask(new StringWriter(), null, diagnostics,
                    List.of("-proc:none", "-Xlint:none", "-nowarn"), null, units);
            task.parse();
        } catch (StackOverflowError e) {
            return TOO_DEEP;
        } catch (RuntimeException | java.io.IOException e) {
            // javac wraps its own stack overflow in an IllegalStateException
            return e.getCause() instanceof StackOverflowError ? TOO_DEEP : "javac's parser failed on it: " + e;
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "?" : d.getSource().getName();
                String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("").strip();
                return StudentText.clean(file + ":" + d.getLineNumber() + ": " + message);
            }
        }
        return null;
    }
}
