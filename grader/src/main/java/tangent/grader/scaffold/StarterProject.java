package tangent.grader.scaffold;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tangent.grader.io.AtomicFile;

/**
 * The starter project: its pom bundled with the grader (from {@code exercises/starter}), its classes
 * and sample tests written from the course's exercise interfaces ({@link Stubs}), and writing it out
 * as a new submission folder: all of it or nothing, never over an existing submission.
 */
public final class StarterProject {

    /** What the starter's stubs throw, and so what marks a method as not written yet. */
    public static final String NOT_IMPLEMENTED = "not implemented yet";

    /** Where the build puts the starter among the grader's resources. */
    static final String RESOURCE = "tangent/starter";
    /** The artifactId of the course's parent pom, which the starter's pom inherits from. */
    static final String PARENT_ARTIFACT = "<artifactId>tangent-parent</artifactId>";

    private final Map<String, byte[]> files;

    private StarterProject(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The starter for these exercises: the bundled files and, per exercise, a stub and its sample test. */
    public static StarterProject of(List<Class<?>> exercises) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(bundled().files);
        for (Map.Entry<String, byte[]> stub : Stubs.of(exercises).entrySet()) {
            if (files.putIfAbsent(stub.getKey(), stub.getValue()) != null) {
                throw new IOException("the bundled starter already holds " + stub.getKey() + ", which is written from "
                        + "the exercises; remove it from exercises/starter");
            }
        }
        return new StarterProject(files);
    }

    /** The starter's files as bundled (the pom): relative path to content. */
    static StarterProject bundled() throws IOException {
        URL pom = StarterProject.class.getClassLoader().getResource(RESOURCE + "/pom.xml");
        if (pom == null) {
            throw new IOException("the grader was built without its starter project (" + RESOURCE
                    + "); rebuild it with `mvn package`");
        }
        try {
            URI uri = pom.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new StarterProject(read(jar.getPath("/" + RESOURCE)));
                }
            }
            return new StarterProject(read(Path.of(uri).getParent()));
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the starter project at " + pom, e);
        }
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /**
     * The Java sources the starter gives every student to build on ({@code src/main/java}), as text
     * by relative path: the base code a similarity check leaves out.
     */
    public Map<String, String> givenSources() {
        Map<String, String> sources = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith("src/main/java/") && path.endsWith(".java")) {
                sources.put(path, new String(content, StandardCharsets.UTF_8));
            }
        });
        return sources;
    }

    /** The starter's class for an exercise, below its source root ({@code student/MyX.java}). */
    public static String starterClass(Class<?> exercise) {
        return Stubs.starterClass(exercise);
    }

    /** Relative paths of the starter's files. */
    public java.util.Set<String> paths() {
        return files.keySet();
    }

    /**
     * Writes the starter to {@code target}, which must not exist or be an empty folder. The pom is
     * named after the folder and points at the course's parent pom when one is found above it.
     * Written to a temporary sibling first and moved into place, so a failure leaves nothing behind.
     *
     * @return what was written, for the user
     * @throws ScaffoldException when the folder is taken or cannot be written
     */
    public Written writeTo(Path target) throws ScaffoldException {
        Path folder = target.toAbsolutePath().normalize();
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new ScaffoldException(target + " already exists and is not empty; nothing was written. "
                    + "Choose another folder, or move that one away first.");
        }
        String id = folder.getFileName().toString();
        Path parentPom = findParentPom(folder.getParent());
        Path staging = null;
        try {
            Files.createDirectories(folder.getParent());
            staging = Files.createTempDirectory(folder.getParent(), "." + id + ".init-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                byte[] content = file.getKey().equals("pom.xml") ? pom(file.getValue(), id, folder, parentPom) : file.getValue();
                Files.write(path, content);
            }
            if (Files.exists(folder)) {
                Files.delete(folder); // the empty folder the check above allowed
            }
            Files.move(staging, folder);
            staging = null;
        } catch (IOException e) {
            throw new ScaffoldException("cannot write " + target + ": " + e.getMessage() + "; nothing was written.", e);
        } finally {
            AtomicFile.deleteTree(staging);
        }
        long classes = files.keySet().stream().filter(p -> p.startsWith("src/main/java/") && p.endsWith(".java")).count();
        long tests = files.keySet().stream().filter(p -> p.startsWith("src/test/java/") && p.endsWith(".java")).count();
        return new Written(target, classes, tests, parentPom);
    }

    /**
     * What {@link #writeTo} wrote.
     *
     * @param folder    the new submission folder
     * @param classes   classes to implement
     * @param tests     public sample test classes
     * @param parentPom the course's parent pom the new pom points at, or null when none was found
     */
    public record Written(Path folder, long classes, long tests, Path parentPom) {
    }

    /** The starter's pom, named after the submission, its parent found relative to the new folder. */
    static byte[] pom(byte[] starter, String id, Path folder, Path parentPom) {
        String pom = new String(starter, StandardCharsets.UTF_8);
        if (id.matches("[A-Za-z0-9_.-]+")) {
            pom = pom.replace("<artifactId>my-submission</artifactId>", "<artifactId>" + id + "</artifactId>");
        }
        String relative = parentPom == null ? "" : folder.relativize(parentPom).toString().replace('\\', '/');
        Matcher m = Pattern.compile("<relativePath>[^<]*</relativePath>").matcher(pom);
        pom = m.replaceFirst(Matcher.quoteReplacement(relative.isEmpty() ? "<relativePath/>"
                : "<relativePath>" + relative + "</relativePath>"));
        return pom.getBytes(StandardCharsets.UTF_8);
    }

    /** The nearest pom.xml at or above {@code from} that is the course's parent pom, or null. */
    static Path findParentPom(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains(PARENT_ARTIFACT)) {
                    return pom;
                }
            } catch (IOException e) {
                // unreadable: keep looking further up
            }
        }
        return null;
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

}
