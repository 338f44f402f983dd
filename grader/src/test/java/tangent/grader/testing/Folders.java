package tangent.grader.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folder helpers the tests share: building submission folders from the samples. */
public final class Folders {

    private Folders() {
    }

    /** Copies a folder and everything in it to {@code to}, creating folders as needed. */
    public static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
