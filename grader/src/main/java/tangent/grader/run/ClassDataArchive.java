package tangent.grader.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The worker JVMs' class-data-sharing archive (a JDK dynamic AppCDS archive), which cuts a
 * worker's start, symja's warm-up included, from about 1 s to 0.4 s. An archive goes stale
 * silently when the jar it was made from changes, so freshness is checked here, not assumed: it
 * is used only when it is newer than every jar on the class path; otherwise workers record a new
 * one as they exit normally, and it replaces the old one by an atomic move. A missing, stale or
 * broken archive never breaks grading: the JVM runs with {@code -Xshare:auto} and falls back.
 */
final class ClassDataArchive {

    private final Path archive;
    private final List<Path> jars;

    private ClassDataArchive(Path archive, List<Path> jars) {
        this.archive = archive;
        this.jars = jars;
    }

    /**
     * The archive for a class path, kept beside its first jar; empty when the class path holds
     * folders (dynamic archives take classes from jars only) or that folder is not writable.
     */
    static Optional<ClassDataArchive> forClasspath(String classpath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                return Optional.empty();
            }
            jars.add(path);
        }
        if (jars.isEmpty() || jars.get(0).getParent() == null || !Files.isWritable(jars.get(0).getParent())) {
            return Optional.empty();
        }
        return Optional.of(new ClassDataArchive(jars.get(0).resolveSibling("tangent-worker.jsa"), List.copyOf(jars)));
    }

    /** Whether the archive exists and is newer than every jar it could have been made from. */
    boolean isFresh() {
        try {
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(archive);
            for (Path jar : jars) {
                if (Files.getLastModifiedTime(jar).compareTo(made) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The archive file itself. */
    Path file() {
        return archive;
    }

    /** A fresh path for one worker to record an archive into as it exits. */
    Path newDump() {
        return archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** JVM options that use the archive, or record into {@code dump} when it is not fresh. */
    List<String> options(Path dump) {
        List<String> options = new ArrayList<>(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        options.add(dump == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dump);
        return options;
    }

    /** Puts a worker's recorded archive in place, if it recorded one; otherwise cleans up. */
    void adopt(Path dump, boolean exitedNormally) {
        try {
            if (exitedNormally && Files.isRegularFile(dump) && Files.size(dump) > 0) {
                Files.move(dump, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            // No archive this time: the next workers start a little slower, nothing else.
        }
    }
}
