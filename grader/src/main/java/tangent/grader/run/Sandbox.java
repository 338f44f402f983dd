package tangent.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The second wall, at the operating system: each worker JVM runs inside bubblewrap with no
 * network, its own PID, IPC and UTS namespaces, a read-only view of only what it needs (the
 * system's libraries, the JDK, the class path, the submissions' compiled classes), a private
 * {@code /tmp}, its working folder as the only writable place, and it dies with its parent. The
 * bytecode allow-list is the first wall; this one holds even if code got past it.
 *
 * @param bwrap    the bubblewrap executable, or null for no sandbox (the JVM wall alone)
 * @param readOnly folders and files the worker may read besides the system, the JDK and its class path
 */
public record Sandbox(Path bwrap, List<Path> readOnly) {

    /** No sandbox: workers are plain child processes. */
    public static final Sandbox NONE = new Sandbox(null, List.of());

    /** The system folders a JVM needs, bound read-only (or recreated as the links they are). */
    private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

    public Sandbox {
        readOnly = List.copyOf(readOnly);
    }

    /** What a scorecard says was in force: "jvm" (the bytecode allow-list) or "jvm+bubblewrap". */
    public String isolation() {
        return bwrap == null ? "jvm" : "jvm+bubblewrap";
    }

    public Sandbox withReadOnly(Path path) {
        List<Path> more = new ArrayList<>(readOnly);
        more.add(path);
        return new Sandbox(bwrap, more);
    }

    /**
     * The sandbox a {@code --sandbox} mode asks for: {@code none}; {@code bubblewrap}, which must
     * work here; or {@code auto}, bubblewrap when it works here and none otherwise.
     *
     * @throws IllegalArgumentException for an unknown mode, or bubblewrap asked for and not working
     */
    public static Sandbox of(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "auto" -> working().map(b -> new Sandbox(b, List.of())).orElse(NONE);
            case "bubblewrap", "bwrap" -> working().map(b -> new Sandbox(b, List.of())).orElseThrow(() ->
                    new IllegalArgumentException("bubblewrap is not installed or cannot create namespaces here ("
                            + whyNot() + "): install it (apt-get install bubblewrap) or use --sandbox auto or none"));
            default -> throw new IllegalArgumentException("unknown sandbox '" + mode + "': use auto, bubblewrap or none");
        };
    }

    /** The most files a sandboxed JVM may open: its class path's jars and a few more, not a flood. */
    private static final int OPEN_FILES = 1024;
    /** The largest file a sandboxed JVM may write (its log, the compiler's class files). */
    private static final long FILE_SIZE = 64L << 20;

    /**
     * The command that runs {@code child} (a JVM's full command line) inside this sandbox, under
     * resource limits ({@code prlimit}): at most {@code memory} bytes of address space (heap,
     * metaspace, thread stacks and native memory together), {@value #OPEN_FILES} open files,
     * files of at most 64 MB, no core dumps. The number of processes is not limited: Linux counts
     * it per user across the machine, and the PID namespace already ends them all with the child.
     *
     * @param home     the child's working folder, writable
     * @param writable other folders the child may write (a compiler's output)
     */
    public List<String> wrap(List<String> child, Path home, String classpath, List<Path> writable, long memory) {
        if (bwrap == null) {
            return child;
        }
        List<String> command = new ArrayList<>(List.of(PRLIMIT, "--as=" + memory, "--nofile=" + OPEN_FILES,
                "--fsize=" + FILE_SIZE, "--core=0", "--", bwrap.toString(), "--die-with-parent", "--unshare-all",
                "--new-session", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        for (String dir : SYSTEM) {
            Path path = Path.of(dir);
            if (Files.isSymbolicLink(path)) {
                try {
                    command.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), dir));
                } catch (IOException e) {
                    // an unreadable link: the JVM finds its libraries through the others
                }
            } else if (Files.isDirectory(path)) {
                command.addAll(List.of("--ro-bind", dir, dir));
            }
        }
        Set<Path> visible = new LinkedHashSet<>();
        Path executable = Path.of(child.get(0)).toAbsolutePath();
        if (executable.getFileName().toString().equals("java") && executable.getParent().getParent() != null) {
            Path jdk = executable.getParent().getParent(); // bin/java's folder's parent
            visible.add(jdk);
            visible.addAll(linkedFrom(jdk));
        }
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path path = Path.of(entry).toAbsolutePath();
                visible.add(path);
                visible.addAll(manifestClassPath(path));
            }
        }
        visible.addAll(readOnly);
        for (Path path : visible) {
            Path real = realOrSelf(path);
            if (Files.exists(real) && !real.startsWith("/usr/")) {
                command.addAll(List.of("--ro-bind", real.toString(), path.toString()));
            }
        }
        for (Path path : writable) {
            command.addAll(List.of("--bind", path.toString(), path.toString()));
        }
        command.addAll(List.of("--bind", home.toString(), home.toString(), "--chdir", home.toString(), "--"));
        command.addAll(child);
        return command;
    }

    /** The jars a jar's manifest adds to the class path (the grader's own jar lists its lib/ folder). */
    private static List<Path> manifestClassPath(Path jar) {
        List<Path> entries = new ArrayList<>();
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return entries;
        }
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (value != null) {
                for (String item : value.trim().split("\\s+")) {
                    if (!item.isEmpty() && !item.contains(":")) {
                        entries.add(jar.getParent().resolve(item).normalize());
                    }
                }
            }
        } catch (IOException e) {
            // not a readable jar: the worker fails to start and says what it misses
        }
        return entries;
    }

    /**
     * What links inside the JDK point at outside it: Debian's JDK keeps its security and
     * configuration files in /etc and links to them. Only those files are bound, not all of /etc.
     */
    private static List<Path> linkedFrom(Path jdk) {
        List<Path> targets = new ArrayList<>();
        Path realJdk = realOrSelf(jdk);
        try (var walk = Files.walk(realJdk)) {
            walk.filter(Files::isSymbolicLink).forEach(link -> {
                Path target = realOrSelf(link);
                if (!target.startsWith(realJdk) && Files.exists(target)) {
                    targets.add(target);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable corner of the JDK: the worker says what it misses when it fails to start
        }
        return targets;
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** util-linux's prlimit, which sets the limits and then runs bubblewrap. */
    private static final String PRLIMIT = "/usr/bin/prlimit";

    private static Optional<Path> found;
    private static String whyNot = "not tried";

    /**
     * bubblewrap, when it is installed, prlimit is too, and a trial run in a full set of namespaces
     * works; probed once.
     */
    static synchronized Optional<Path> working() {
        if (found != null) {
            return found;
        }
        found = Optional.empty();
        if (!Files.isExecutable(Path.of(PRLIMIT))) {
            whyNot = PRLIMIT + " is missing (it sets the sandbox's memory and file limits; apt-get install util-linux)";
            return found;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "bwrap");
            if (Files.isExecutable(candidate)) {
                try {
                    Process trial = new ProcessBuilder(candidate.toString(), "--die-with-parent", "--unshare-all",
                            "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "true")
                            .redirectErrorStream(true).start();
                    boolean ended = trial.waitFor(20, TimeUnit.SECONDS);
                    String said = new String(trial.getInputStream().readAllBytes()).strip();
                    if (ended && trial.exitValue() == 0) {
                        found = Optional.of(candidate);
                        return found;
                    }
                    trial.destroyForcibly();
                    whyNot = candidate + " failed: " + (said.isEmpty() ? "exit " + (ended ? trial.exitValue() : "timeout") : said);
                } catch (IOException e) {
                    whyNot = candidate + " cannot run: " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    whyNot = "interrupted";
                }
                return found;
            }
        }
        whyNot = "no bwrap on PATH";
        return found;
    }

    static synchronized String whyNot() {
        return whyNot;
    }
}
