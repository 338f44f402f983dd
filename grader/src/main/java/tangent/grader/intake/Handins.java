package tangent.grader.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tangent.grader.io.FileTrouble;
import tangent.grader.io.StudentText;

/**
 * Which folders are submissions, and their ids: the one rule, in one place.
 *
 * <p>A folder given is one submission when its sources start at its top: Java files there, a
 * {@code src} folder, a {@code pom.xml}, or package folders (an {@code edu/x/Foo.java} that
 * declares {@code package edu.x}); a folder with no folders in it is one submission too (perhaps
 * with no sources). Any other folder given is a batch, and each folder directly in a batch is one
 * student, whatever its inner layout (sources in one nested project beside a README, in package
 * folders, or none at all: such a student is graded {@code no_sources}, so nobody disappears).
 * The one exception is a folder of a batch with no sources of its own and two or more folders
 * that each are a submission by the first rule, such as {@code submissions/hostile/}: it is read
 * as a batch of its own, and a notice says so and names {@code --depth}, which decides without
 * guessing (the submissions are then exactly the folders N levels below each folder given).
 * Package folders alone do not make a folder one submission when two or more of its folders are
 * projects of their own (a src folder or a pom.xml): one student's folder named like its package
 * does not turn a class into one submission; a notice says so.
 *
 * <p>The id of a submission is its folder's name; two with the same id are refused, since their
 * scorecards would overwrite each other. Hidden folders ({@code .git}) are never submissions; a
 * link to a folder is one, which intake refuses (no submission may hold or be a link).
 */
public final class Handins {

    /** A submission folder and its id. */
    public record Handin(String id, Path folder) {
    }

    /** What was found: the submissions in order, and notices where the rule had to choose. */
    public record Found(List<Handin> handins, List<String> notices) {
        public Found {
            handins = List.copyOf(handins);
            notices = List.copyOf(notices);
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$.\\s]*?)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /** Enough of a file to find its package declaration after a licence header. */
    private static final int HEAD = 16 * 1024;

    private Handins() {
    }

    /** The id of a submission folder: its name. */
    public static String idOf(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        // A folder's name is the student's to choose: no control characters reach a report through it.
        return tangent.grader.io.StudentText.clean(name == null ? folder.toAbsolutePath().toString() : name.toString());
    }

    /**
     * The submissions the folders hold, by the rule above, or with {@code depth} exactly that many
     * levels below each.
     *
     * @throws IntakeException when a path is not a folder, cannot be read, or two submissions share an id
     */
    public static Found collect(List<Path> paths, OptionalInt depth) throws IntakeException {
        List<Handin> handins = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                throw new IntakeException(path + (Files.exists(path) ? " is a file, not a folder" : " does not exist")
                        + ": give a submission folder or a folder of submission folders, such as submissions/");
            }
            try {
                if (Files.isSymbolicLink(path)) {
                    handins.add(new Handin(idOf(path), path)); // never followed: intake refuses it with a message
                } else if (depth.isPresent()) {
                    atDepth(path, depth.getAsInt(), handins);
                } else if (isOneSubmission(path) || !hasFolders(path)) {
                    handins.add(new Handin(idOf(path), path));
                } else {
                    projectsBesidePackages(path).ifPresent(notices::add);
                    batch(path, handins, notices);
                }
            } catch (IOException e) {
                throw new IntakeException("cannot read " + path + ": " + FileTrouble.describe(e), e);
            }
        }
        Map<String, Path> byId = new LinkedHashMap<>();
        for (Handin handin : handins) {
            Path other = byId.put(handin.id(), handin.folder());
            if (other != null) {
                throw new IntakeException("two submissions are named " + handin.id() + " (" + other + " and "
                        + handin.folder() + "): their results (scorecards, similarity rows) would overwrite each "
                        + "other. Rename one folder, or give them to separate runs with separate --out folders.");
            }
        }
        return new Found(handins, notices);
    }

    /**
     * The folders where a submission's sources start (its source roots), relative to it: "." for
     * its top; empty when it has no Java files.
     */
    public static Set<String> sourceRoots(Path folder) throws IOException {
        Set<String> roots = new LinkedHashSet<>();
        Path top = folder.toAbsolutePath().normalize();
        for (Path file : javaFiles(top)) {
            Path root = sourceRoot(file);
            String relative = top.relativize(root).toString().replace('\\', '/');
            roots.add(relative.isEmpty() ? "." : relative);
        }
        return roots;
    }

    // ---- the rule ------------------------------------------------------------------------------

    /** Each folder directly in a batch is a student, unless it is plainly a batch itself. */
    private static void batch(Path batch, List<Handin> handins, List<String> notices) throws IOException {
        for (Path child : folders(batch)) {
            if (Files.isSymbolicLink(child) || isOneSubmission(child)) {
                handins.add(new Handin(idOf(child), child));
                continue;
            }
            Optional<String> projects = projectsBesidePackages(child);
            if (projects.isPresent()) {
                notices.add(projects.get());
                batch(child, handins, notices);
                continue;
            }
            List<Path> inner = folders(child).stream().filter(p -> !Files.isSymbolicLink(p))
                    .filter(Handins::isOneSubmissionUnchecked).toList();
            if (inner.size() >= 2) {
                notices.add(child + " has no sources of its own and " + inner.size() + " folders that each hold a "
                        + "submission (" + names(inner) + "): it is read as a folder of submissions. If it is one "
                        + "student's work, grade with --depth 1 (each folder directly in " + batch + " is one student).");
                batch(child, handins, notices);
            } else {
                handins.add(new Handin(idOf(child), child)); // no Java, or an odd layout: still one student
            }
        }
    }

    private static void atDepth(Path folder, int depth, List<Handin> handins) throws IOException {
        if (depth == 0 || Files.isSymbolicLink(folder)) {
            handins.add(new Handin(idOf(folder), folder));
            return;
        }
        for (Path child : folders(folder)) {
            atDepth(child, depth - 1, handins);
        }
    }

    /**
     * Whether a folder is one submission by its top: Java files, {@code src} or a {@code pom.xml}
     * there, or sources in package folders that start there.
     */
    static boolean isOneSubmission(Path folder) throws IOException {
        return byItsTop(folder) || (packageFolderAtTop(folder) != null && projects(folder).size() < 2);
    }

    /** Java files, a src folder or a pom.xml at the folder's top: one submission, whatever is below. */
    private static boolean byItsTop(Path folder) throws IOException {
        return isProject(folder) || hasJavaAtTop(folder);
    }

    /** A project of its own: a src folder or a pom.xml. */
    private static boolean isProject(Path folder) {
        return Files.isDirectory(folder.resolve("src")) || Files.exists(folder.resolve("pom.xml"));
    }

    /** A Java file whose package folders start at the folder's top (edu/x/Foo.java in package edu.x), or null. */
    private static Path packageFolderAtTop(Path folder) throws IOException {
        Path top = folder.toAbsolutePath().normalize();
        for (Path file : javaFiles(top)) {
            if (sourceRoot(file).equals(top)) {
                return file;
            }
        }
        return null;
    }

    /** The folders directly in a folder that are projects of their own: a src folder or a pom.xml in each. */
    private static List<Path> projects(Path folder) throws IOException {
        List<Path> projects = new ArrayList<>();
        for (Path child : folders(folder)) {
            if (!Files.isSymbolicLink(child) && isProject(child)) {
                projects.add(child);
            }
        }
        return projects;
    }

    /**
     * The notice for a folder whose package folders alone would make it one submission while two or
     * more of its folders are projects of their own: a class whose one student named a folder like
     * their package (alice/Hello.java in package alice) is still a class. Empty for any other folder.
     */
    private static Optional<String> projectsBesidePackages(Path folder) throws IOException {
        if (byItsTop(folder)) {
            return Optional.empty();
        }
        Path file = packageFolderAtTop(folder);
        List<Path> projects = projects(folder);
        if (file == null || projects.size() < 2) {
            return Optional.empty();
        }
        Path top = folder.toAbsolutePath().normalize();
        return Optional.of(folder + " is read as a folder of submissions: " + projects.size() + " of its folders are "
                + "projects of their own (" + names(projects) + "), though " + top.relativize(file.toAbsolutePath()
                .normalize()).toString().replace('\\', '/') + " declares a package that starts at its top. If it is "
                + "one student's work, grade it with --depth 0.");
    }

    private static boolean isOneSubmissionUnchecked(Path folder) {
        try {
            return isOneSubmission(folder);
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder a file's package starts from: its folder less the package path, when it ends so. */
    private static Path sourceRoot(Path file) {
        Path dir = file.getParent();
        String pkg = packageOf(file);
        if (pkg.isEmpty()) {
            return dir;
        }
        String[] parts = pkg.split("\\.");
        Path root = dir;
        for (int i = parts.length - 1; i >= 0; i--) {
            if (root == null || root.getFileName() == null || !root.getFileName().toString().equals(parts[i])) {
                return dir; // the folders do not spell the package: javac does not mind, the root is its folder
            }
            root = root.getParent();
        }
        return root == null ? dir : root;
    }

    private static String packageOf(Path file) {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
            Matcher m = PACKAGE.matcher(COMMENTS.matcher(head).replaceAll(" "));
            return m.find() ? m.group(1).replaceAll("\\s", "") : "";
        } catch (IOException e) {
            return ""; // unreadable here: intake says so when it reads the submission
        }
    }

    /** The Java files intake would read: not under hidden folders, target or src/test. */
    private static List<Path> javaFiles(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            return walk.filter(p -> Intake.isSource(top, p)).sorted().toList();
        }
    }

    private static boolean hasJavaAtTop(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".java"));
        }
    }

    private static boolean hasFolders(Path folder) throws IOException {
        return !folders(folder).isEmpty();
    }

    /**
     * The folders directly in a folder, in name order, hidden ones left out. A link to a folder is
     * kept: it is somebody's submission, which intake then refuses with a message, rather than a
     * student who silently disappears.
     */
    private static List<Path> folders(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static String names(List<Path> folders) {
        List<String> names = folders.stream().limit(3).map(p -> p.getFileName().toString()).toList();
        return String.join(", ", names) + (folders.size() > 3 ? ", ..." : "");
    }
}
