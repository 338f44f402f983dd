package tangent.grader.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a file through a temporary file and a rename, so a crash never leaves half a file; and
 * removes the temporary folders such writing-then-renaming leaves behind on failure.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The temporary file is created with {@code CREATE_NEW} rather than {@code createTempFile}, so
     * its permissions (and the final file's) follow the umask, 0644 under the usual 022, as any
     * other program's files do; createTempFile would make every file 0600, unreadable to a
     * teaching assistant on the same server.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Deletes a folder and everything in it, as far as it can; a leftover temporary file harms nothing. */
    public static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // gone already, or unreadable: nothing more to do
        }
    }
}
