package tangent.grader.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.Json;

/**
 * The plan as last discovered, kept beside the grader's jar: discovering 225 tests with the JUnit
 * Launcher takes a third of a second of every command. The cache is used only when its key matches
 * the current class path and libraries jar by jar (path, size, modification time) and the course,
 * so a rebuilt jar or another course always rediscovers; anything unreadable is ignored the same way.
 * From a folder of classes (tests, an IDE) nothing is cached.
 */
public final class PlanCache {

    private final Path file;
    private final String key;
    private final ObjectMapper json = Json.LINES;

    /** A cache in {@code file} (none when null) under {@code key}. */
    PlanCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /**
     * The cache for this JVM's class path and course: a file beside the jar the planner came from,
     * or none when it did not come from a jar.
     */
    public static PlanCache forThisJvm(Course course) {
        try {
            Path source = Path.of(Planner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(source) || !source.toString().endsWith(".jar")) {
                return new PlanCache(null, "");
            }
            return new PlanCache(source.resolveSibling("tangent-plan.json"), key(course, source.resolveSibling("lib")));
        } catch (Exception e) {
            return new PlanCache(null, "");
        }
    }

    /** The cached plan when it is still this class path's, else {@code discover}'s, which is then cached. */
    public GradingPlan plan(Supplier<GradingPlan> discover) {
        if (file == null) {
            return discover.get();
        }
        GradingPlan cached = read();
        if (cached != null) {
            return cached;
        }
        GradingPlan plan = discover.get();
        write(plan);
        return plan;
    }

    /** What is stored: the key, and the plan with its exercise interfaces by name. */
    record Stored(String key, List<PlannedTest> tests, List<String> exercises, String suitesSha256) {
    }

    private GradingPlan read() {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Stored stored = json.readValue(file.toFile(), Stored.class);
            if (!key.equals(stored.key()) || stored.tests() == null || stored.tests().isEmpty()) {
                return null;
            }
            List<Class<?>> exercises = new ArrayList<>();
            for (String name : stored.exercises()) {
                exercises.add(Class.forName(name, false, PlanCache.class.getClassLoader()));
            }
            return new GradingPlan(stored.tests(), exercises, stored.suitesSha256());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // stale, foreign or damaged: discover again
        }
    }

    private void write(GradingPlan plan) {
        try {
            Stored stored = new Stored(key, plan.tests(), plan.exercises().stream().map(Class::getName).toList(),
                    plan.suitesSha256());
            AtomicFile.write(file, json.writeValueAsBytes(stored));
        } catch (IOException | RuntimeException e) {
            // a read-only installation: plan every time
        }
    }

    /**
     * The course, and the path, size and modification time of every class path entry and of every
     * jar in {@code lib} (the jar's manifest puts them on the class path), hashed.
     */
    static String key(Course course, Path lib) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(course.toString().getBytes(StandardCharsets.UTF_8));
            List<Path> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
            if (Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    jars.sorted().forEach(entries::add);
                }
            }
            for (Path path : entries) {
                long size = Files.isRegularFile(path) ? Files.size(path) : -1;
                long modified = Files.exists(path) ? Files.getLastModifiedTime(path).toMillis() : -1;
                digest.update((path + "\0" + size + "\0" + modified + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot key the plan cache: " + e.getMessage(), e);
        }
    }
}
