package tangent.grader.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.FileTrouble;
import tangent.grader.io.StudentText;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlanCache;
import tangent.grader.plan.Planner;
import tangent.grader.score.Points;

/**
 * {@code tangent gradescope --out autograder.zip}: writes an autograder Gradescope accepts as it
 * is: {@code setup.sh} and {@code run_autograder} at the zip's root, and this grader (its class
 * path, with the course's suites) inside, so nothing is built or downloaded at grading time.
 * {@code tangent gradescope --run}, which {@code run_autograder} calls, grades the uploaded
 * submission and always writes {@code results/results.json}, with what went wrong in its output
 * when the submission could not be graded.
 */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = {"Writes a Gradescope autograder (--out autograder.zip): upload it as the assignment's "
                + "autograder; it grades each submission with this grader and these suites, whatever layout the "
                + "student uploaded, with the options given here.",
                "--run grades ${AUTOGRADER_ROOT:-/autograder}/submission into results/results.json; run_autograder "
                        + "calls it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the autograder was written (or, with --run, results.json was)",
                "1:the zip could not be written",
                "2:usage error (a wrong flag, an unknown lesson, an --out that exists)"})
final class GradescopeCommand implements Callable<Integer> {

    /** Inside the zip: where the grader and its settings live. */
    static final String HOME = "tangent";
    static final String LAUNCHER = HOME + "/tangent-autograder.jar";
    static final String OPTIONS = HOME + "/grade-options";

    @Option(names = "--out", paramLabel = "FILE", description = "The autograder zip to write (it must not exist yet).")
    private Path out;

    @Option(names = "--run", description = "Grade the submission of a Gradescope container (what run_autograder does).")
    private boolean run;

    @Option(names = "--root", paramLabel = "DIR",
            description = "With --run: the autograder's root (default: $AUTOGRADER_ROOT, else /autograder).")
    private Path root;

    /** Written into the zip; the seed is drawn when it is made, so classmates and regrades get the same checks. */
    @CommandLine.Mixin
    private RunOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (run) {
            return runInContainer();
        }
        if (out == null) {
            throw usage("say where the autograder goes: tangent gradescope --out autograder.zip");
        }
        if (Files.exists(out)) {
            throw usage(out + " exists already; remove it or give another --out (nothing was written)");
        }
        GradingPlan plan;
        try {
            Course course = Course.load();
            plan = PlanCache.forThisJvm(course).plan(() -> new Planner(course).plan()).narrowed(options.lessonIds(), false);
        } catch (IllegalArgumentException e) {
            throw usage("--lessons: " + e.getMessage());
        }
        long runSeed = options.seed != null ? options.seed : new SecureRandom().nextLong();
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // created like any file of the user's (umask), not with a temporary file's 0600
            Path partial = parent.resolve("." + out.getFileName() + "." + Long.toHexString(new SecureRandom().nextLong())
                    + ".tmp");
            try {
                writeZip(partial, options.asArguments(runSeed));
                Files.move(partial, out); // no replace: an --out made meanwhile is kept
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("tangent: cannot write " + out + ": " + FileTrouble.describe(e));
            return 1;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %d tests (%s points), seed %d. Upload it as the "
                + "assignment's autograder (Configure Autograder > Zip file upload).%n", out, plan.tests().size(),
                Points.show(plan.maxScore()), runSeed);
        return 0;
    }

    /** setup.sh and run_autograder at the root, the grader's class path and settings below tangent/. */
    private void writeZip(Path zip, List<String> gradeArguments) throws IOException {
        List<Path> classpath = classpath();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(Files.newOutputStream(zip,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
            put(z, "setup.sh", resource("setup.sh"), true);
            put(z, "run_autograder", resource("run_autograder"), true);
            put(z, OPTIONS, (String.join("\n", gradeArguments) + "\n").getBytes(StandardCharsets.UTF_8), false);
            List<String> names = new ArrayList<>();
            int index = 0;
            for (Path entry : classpath) {
                String base = entry.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
                String name = String.format(Locale.ROOT, "lib/%03d-%s", index++, base.endsWith(".jar") ? base : base + ".jar");
                put(z, HOME + "/" + name, Files.isDirectory(entry) ? jarOf(entry) : Files.readAllBytes(entry), false);
                names.add(name);
            }
            put(z, LAUNCHER, launcher(names), false);
        }
    }

    /** This JVM's class path, jars' manifest Class-Path entries included, in order, each once. */
    private static List<Path> classpath() throws IOException {
        Set<Path> entries = new LinkedHashSet<>();
        for (String item : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!item.isEmpty()) {
                add(Path.of(item).toAbsolutePath().normalize(), entries);
            }
        }
        return new ArrayList<>(entries);
    }

    private static void add(Path entry, Set<Path> entries) throws IOException {
        if (!Files.exists(entry) || !entries.add(entry) || Files.isDirectory(entry)) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String more = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (more != null) {
                for (String item : more.trim().split("\\s+")) {
                    if (!item.isEmpty() && !item.contains(":")) {
                        add(entry.getParent().resolve(item).normalize(), entries);
                    }
                }
            }
        }
    }

    /**
     * A jar of a class folder (target/classes when run from the build, not from the packaged jar),
     * with an entry for every folder too: JUnit finds a package's suites by asking the class
     * loader for the package's folder, which a jar without folder entries does not have.
     */
    private static byte[] jarOf(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(p -> !p.equals(folder)).sorted().toList()) {
                String name = folder.relativize(path).toString().replace(File.separatorChar, '/');
                boolean directory = Files.isDirectory(path);
                jar.putNextEntry(new JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    jar.write(Files.readAllBytes(path));
                }
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A jar holding only a manifest: the main class and the class path, in order. */
    private static byte[] launcher(List<String> names) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Tangent.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", names));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            // nothing else
        }
        return bytes.toByteArray();
    }

    private static void put(ZipArchiveOutputStream zip, String name, byte[] content, boolean executable) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(executable ? 0100755 : 0100644); // Gradescope runs run_autograder as a program
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GradescopeCommand.class.getResourceAsStream("/tangent/gradescope/" + name)) {
            if (in == null) {
                throw new IOException("the grader's copy of " + name + " is missing from its jar; rebuild it");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Grades {@code ROOT/submission} with the options written into the zip and writes
     * {@code ROOT/results/results.json}, whatever happens: when grading fails, the results say so
     * (score 0) instead of leaving Gradescope without results.
     */
    private int runInContainer() {
        Path base = root != null ? root : Path.of(System.getenv().getOrDefault("AUTOGRADER_ROOT", "/autograder"));
        Path results = base.resolve("results").resolve("results.json");
        PrintWriter log = spec.commandLine().getOut();
        String why;
        try {
            Files.createDirectories(results.getParent());
            Path submission = base.resolve("submission");
            Path grades = Files.createTempDirectory("tangent-gradescope-");
            List<String> args = new ArrayList<>(List.of("grade", submission.toString(), "--depth", "0", "--out",
                    grades.toString(), "--format", "gradescope", "--jobs", "1", "--terminal-report", "never",
                    "--progress", "lines", "--color", "never"));
            args.addAll(Files.readAllLines(base.resolve("source").resolve(OPTIONS), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList());
            StringWriter errors = new StringWriter();
            CommandLine grade = Tangent.commandLine();
            grade.setOut(log);
            grade.setErr(new PrintWriter(new TeeWriter(errors, log), true));
            int exit = grade.execute(args.toArray(String[]::new));
            Path written = grades.resolve("submission.gradescope.json");
            if (Files.isRegularFile(written)) {
                AtomicFile.write(results, Files.readAllBytes(written));
                AtomicFile.deleteTree(grades);
                return 0;
            }
            AtomicFile.deleteTree(grades);
            why = "the grader stopped (exit " + exit + ") without grading this submission: " + errors.toString().strip();
        } catch (IOException | RuntimeException e) {
            why = "the grader failed: " + e;
        }
        log.println("tangent: " + why);
        try {
            AtomicFile.write(results, failedResults(why));
        } catch (IOException e) {
            spec.commandLine().getErr().println("tangent: cannot write " + results + ": " + FileTrouble.describe(e));
            return 1;
        }
        return 0;
    }

    /** Results that tell the student nothing was judged, and why, in Gradescope's format. */
    static String failedResults(String why) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var node = json.createObjectNode();
        node.put("score", 0);
        node.put("output", "Your submission could not be graded, so this score says nothing about your work: "
                + StudentText.clean(StudentText.cap(why, 4 * 1024)) + "\nSubmit again; if this stays, tell your instructor.");
        node.put("visibility", "visible");
        node.putArray("tests");
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Writes to two writers: what grade says goes to the log and is kept for the results. */
    private static final class TeeWriter extends java.io.Writer {
        private final java.io.Writer a;
        private final java.io.Writer b;

        TeeWriter(java.io.Writer a, java.io.Writer b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            a.write(buffer, offset, length);
            b.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
