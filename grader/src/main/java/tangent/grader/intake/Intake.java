package tangent.grader.intake;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import tangent.grader.io.FileTrouble;

/**
 * Reads submission folders. A folder with {@code src/main/java} (a Maven layout, as the starter
 * has) contributes that tree; any other folder contributes every {@code .java} file below it
 * except under {@code src/test}, {@code target} and hidden folders, so a student's own tests never
 * reach the compiler.
 */
public final class Intake {

    /** Larger sources are refused rather than compiled. */
    public static final long MAX_SOURCE_BYTES = 1_000_000;
    /** The most Java files one submission may hold (the whole course takes about 40). */
    public static final int MAX_SOURCES = 500;
    /** The most Java source one submission may hold, all files together. */
    public static final long MAX_TOTAL_BYTES = 5_000_000;

    /**
     * Refuses a link anywhere in the submission, to a file or a folder: {@code src -> ../alice/src}
     * would grade a classmate's work, {@code src -> /grader/src} would compile the grader's sources
     * into the report. (git archive, which the CI script uses, restores links.)
     */
    private static void refuseLinks(Path root) throws IntakeException {
        try (Stream<Path> walk = Files.walk(root)) {
            Path link = walk.filter(Files::isSymbolicLink).sorted().findFirst().orElse(null);
            if (link != null) {
                throw new IntakeException(relative(root, link) + " is a symbolic link; a submission may hold no links "
                        + "(to files or folders): put the files themselves in it.");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // unreadable: read() says so below
        }
    }

    /** Reads one submission folder. */
    public Submission read(Path folder) throws IntakeException {
        if (!Files.isDirectory(folder)) {
            throw new IntakeException(folder + " is not a folder: give a submission folder or a folder of them.");
        }
        if (Files.isSymbolicLink(folder)) {
            throw new IntakeException(folder + " is a symbolic link; give the folder itself (a link could lead to "
                    + "another student's work or to the grader's own files).");
        }
        Path root = folder.toAbsolutePath().normalize();
        refuseLinks(root);
        Path mavenSources = root.resolve("src/main/java");
        Path base = Files.isDirectory(mavenSources) ? mavenSources : root;
        List<SourceFile> sources = new ArrayList<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(p -> isSource(base, p)).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isSymbolicLink(file)) {
                    // A link could point at any file of the grading machine: its text would reach
                    // the compiler's messages and from there the report.
                    throw new IntakeException(relative(root, file) + " is a symbolic link; submit the source file itself.");
                }
                if (Files.size(file) > MAX_SOURCE_BYTES) {
                    throw new IntakeException(relative(root, file) + " is larger than " + MAX_SOURCE_BYTES
                            + " bytes; submissions are source code only.");
                }
                total += Files.size(file);
                if (sources.size() >= MAX_SOURCES || total > MAX_TOTAL_BYTES) {
                    throw new IntakeException("the submission holds more than " + (sources.size() >= MAX_SOURCES
                            ? MAX_SOURCES + " Java files" : MAX_TOTAL_BYTES / 1_000_000 + " MB of Java sources")
                            + "; hand in your own sources only (no generated, copied or vendored code).");
                }
                sources.add(new SourceFile(relative(root, file), decode(root, file)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            String file = cause instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                    ? fs.getFile() : root.toString();
            throw IntakeException.unreadable(file + " cannot be read (" + describe(e) + "): make the submission "
                    + "readable by the grader and grade again.", e);
        }
        sources.sort(Comparator.comparing(SourceFile::path));
        return new Submission(Handins.idOf(root), root, hash(sources), sources);
    }

    /**
     * What a folder without Java sources holds, for its {@code no_sources} scorecard: "it is empty",
     * or the first few names found.
     */
    public static String describeWithoutSources(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> found = walk.filter(p -> !p.equals(root) && Files.isRegularFile(p))
                    .map(p -> relative(root, p)).sorted().toList();
            if (found.isEmpty()) {
                return "no Java sources: the folder is empty. Put your .java files in it (or in src/main/java) and "
                        + "grade again.";
            }
            List<String> shown = found.stream().limit(5).toList();
            return "no Java sources: found " + found.size() + " other file(s) (" + String.join(", ", shown)
                    + (found.size() > shown.size() ? ", ..." : "") + "), but no .java file outside src/test, target and "
                    + "hidden folders. Hand in the .java files themselves.";
        } catch (IOException | java.io.UncheckedIOException e) {
            return "no Java sources could be read: the folder cannot be read (" + describe(e) + ").";
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        return cause instanceof IOException io ? FileTrouble.describe(io) : String.valueOf(cause.getMessage());
    }

    /**
     * SHA-256 over the sources in path order: for each, its relative path, a NUL byte, its UTF-8
     * content and a NUL byte. The same sources give the same hash on every machine.
     */
    public static String hash(List<SourceFile> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile source : sources) {
                digest.update(source.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(source.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static boolean isSource(Path base, Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".java")) {
            return false;
        }
        Path rel = base.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String part = rel.getName(i).toString();
            if (part.startsWith(".") || part.equals("target")
                    || (part.equals("src") && i + 1 < rel.getNameCount() - 1 && rel.getName(i + 1).toString().equals("test"))) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * A source's text as its editor meant it: UTF-8, or UTF-16 when it starts with that encoding's
     * byte-order mark (Notepad's "Unicode"), or else, when its bytes are not UTF-8, Windows-1252,
     * which editors on Windows long saved by default, so an accented letter in a comment does not
     * fail a correct submission. A leading byte-order mark is dropped: javac reads it as an illegal
     * character.
     */
    static String decode(byte[] bytes) {
        String text;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            text = new String(bytes, StandardCharsets.UTF_16); // reads the mark, and drops it
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    private static String decode(Path root, Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }
}
