package tangent.grader.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The hash of everything that decides a grade: every class file and resource under the given
 * packages (and their subpackages), wherever on the class path they live, in name order. For a
 * course that is its suites with all their helpers, its reference answers and CAS tables, the
 * API students compile against, and the engine's own checking code; a change to any of them
 * changes the hash, so {@code --resume} never keeps a scorecard graded by other checks.
 */
final class GradedCode {

    private GradedCode() {
    }

    /** Hex SHA-256 over (name, NUL, bytes, NUL) of every file under {@code packages}, in name order. */
    static String sha256(ClassLoader loader, Collection<String> packages) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String pkg : packages) {
            String folder = pkg.replace('.', '/') + "/";
            try {
                Enumeration<URL> roots = loader.getResources(folder);
                if (!roots.hasMoreElements()) {
                    throw new PlanException("nothing on the class path under package " + pkg + ", which decides grades");
                }
                while (roots.hasMoreElements()) {
                    collect(roots.nextElement(), folder, files);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read package " + pkg + " to hash it", e);
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(URL root, String folder, TreeMap<String, byte[]> files) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> {
                Path dir;
                try {
                    dir = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException("not a folder: " + root, e);
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        String name = folder + dir.relativize(file).toString().replace('\\', '/');
                        files.merge(name, Files.readAllBytes(file), (first, shadowed) -> first);
                    }
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = new JarFile(Path.of(toUri(connection.getJarFileURL())).toFile())) {
                    for (var entry : (Iterable<java.util.jar.JarEntry>) jar.stream()::iterator) {
                        if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.merge(entry.getName(), in.readAllBytes(), (first, shadowed) -> first);
                            }
                        }
                    }
                }
            }
            default -> throw new IOException("cannot hash classes served from " + root);
        }
    }

    private static java.net.URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a jar file: " + url, e);
        }
    }
}
