package tangent.grader.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Match;
import de.jplag.Token;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import de.jplag.reporting.reportobject.ReportObjectFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tangent.grader.intake.Handins;
import tangent.grader.intake.Intake;
import tangent.grader.intake.IntakeException;
import tangent.grader.intake.SourceFile;
import tangent.grader.intake.Submission;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.StudentText;
import tangent.grader.similarity.SimilarityReport.NotCompared;
import tangent.grader.similarity.SimilarityReport.Pair;
import tangent.grader.similarity.SimilarityReport.Region;
import tangent.grader.similarity.SimilarityReport.Span;

/**
 * Compares the submissions of a batch with JPlag. Each submission is read as intake reads it for
 * grading (its own sources, not its tests, no links, within the size limits), so what is compared is
 * what was graded; those are copied into a private folder per submission, named by its id, beside
 * the base code. A submission that cannot be read or does not parse is left out with its reason;
 * the others are still compared.
 */
public final class Similarity {

    /** The regions of a pair kept, longest first: enough to see the pattern, not a second copy of the code. */
    static final int REGIONS_KEPT = 8;
    /** The lines of one region's excerpt kept. */
    static final int EXCERPT_LINES = 60;
    /** The comparison thread's stack: four times what a submission had to parse in ({@link JavaSyntax#STACK_BYTES}). */
    private static final long STACK_BYTES = 4 * JavaSyntax.STACK_BYTES;

    private final SimilarityOptions options;
    private final Map<String, String> baseCode;

    /**
     * @param options  how to compare
     * @param baseCode the sources every student was given (the starter), by relative path: matches
     *                 with them do not count
     */
    public Similarity(SimilarityOptions options, Map<String, String> baseCode) {
        this.options = options;
        this.baseCode = Map.copyOf(baseCode);
    }

    /**
     * Compares the submissions.
     *
     * @param jplagReport where JPlag's own result file (a zip for its report viewer) goes, or null for none;
     *                    written only when at least two submissions were compared
     * @throws IOException when the private working folder or the report cannot be written
     */
    public SimilarityReport compare(List<Handins.Handin> handins, Path jplagReport) throws IOException {
        // javac's parser (ours and JPlag's) recurses once per nesting level: a hostile submission's
        // thousands of parentheses overflow an ordinary thread's stack, so all of it runs on a deep one.
        Object[] outcome = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = compareHere(handins, jplagReport);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                outcome[0] = e;
            }
        }, "tangent-similarity", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (outcome[0] instanceof SimilarityReport report) {
            return report;
        }
        if (outcome[0] instanceof IOException e) {
            throw e;
        }
        Throwable failure = (Throwable) outcome[0];
        throw new IOException("the comparison failed inside JPlag or the grader (" + failure + "); please report this", failure);
    }

    private SimilarityReport compareHere(List<Handins.Handin> handins, Path jplagReport) throws IOException {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("tangent-similarity-");
        try {
            Path root = Files.createDirectories(work.resolve("submissions"));
            List<NotCompared> notCompared = new ArrayList<>();
            Map<String, Submission> read = new LinkedHashMap<>();
            for (Read one : readAll(handins)) {
                if (one.problem() == null) {
                    String id = one.handin().id();
                    stage(root.resolve(id), one.submission().sources()); // ids are folder names, unique in a batch
                    read.put(id, one.submission());
                } else {
                    notCompared.add(new NotCompared(one.handin().id(), StudentText.clean(one.problem())));
                }
            }
            Path base = Files.createDirectories(work.resolve("base"));
            stage(base, baseCode.entrySet().stream().map(e -> new SourceFile(e.getKey(), e.getValue())).toList());
            de.jplag.java.Language java = new de.jplag.java.Language();
            int minimum = options.minimumTokens() != null ? options.minimumTokens() : java.minimumTokenMatch();
            String tool = "JPlag " + JPlag.JPLAG_VERSION + " (" + java.getIdentifier() + ")";
            if (read.size() < 2) {
                return new SimilarityReport(SimilarityReport.SCHEMA, tool, options.threshold(), minimum,
                        options.minimumMatched(), read.size(), 0, notCompared, List.of(), 0, elapsed(start));
            }
            JPlagOptions jplag = new JPlagOptions(java, Set.of(root.toFile()), Set.of())
                    .withMinimumTokenMatch(minimum)
                    .withSimilarityThreshold(0) // every pair, so the counts and JPlag's own report are whole
                    .withMaximumNumberOfComparisons(Math.max(JPlagOptions.DEFAULT_SHOWN_COMPARISONS, options.excerpts()));
            if (!baseCode.isEmpty()) {
                jplag = jplag.withBaseCodeSubmissionDirectory(base.toFile());
            }
            JPlagResult result;
            try {
                result = new JPlag(jplag).run();
            } catch (de.jplag.exceptions.SubmissionException e) {
                // JPlag drops submissions with fewer tokens than a match needs, and refuses to go on with
                // fewer than two left: then none of them can be compared, which is a finding, not a failure
                for (Submission submission : read.values()) {
                    notCompared.add(new NotCompared(submission.id(), "too little code to compare: JPlag found fewer "
                            + "than two submissions here with at least " + minimum + " tokens of code"));
                }
                notCompared.sort(Comparator.comparing(NotCompared::id));
                return new SimilarityReport(SimilarityReport.SCHEMA, tool, options.threshold(), minimum,
                        options.minimumMatched(), 0, 0, notCompared, List.of(), 0, elapsed(start));
            } catch (ExitException e) {
                throw new IOException("JPlag could not compare the submissions: " + e.getMessage(), e);
            }
            for (de.jplag.Submission invalid : result.getSubmissions().getInvalidSubmissions()) {
                Submission submission = read.remove(invalid.getName());
                notCompared.add(new NotCompared(submission == null ? invalid.getName() : submission.id(),
                        "too little code to compare: fewer than " + minimum + " tokens once parsed"));
            }
            List<JPlagComparison> above = result.getAllComparisons().stream()
                    .filter(c -> c.similarity() >= options.threshold() && c.getNumberOfMatchedTokens() >= options.minimumMatched())
                    // ties by the pair's names in order: JPlag's own order of a pair's two sides varies from run to run
                    .sorted(Comparator.comparingDouble(JPlagComparison::similarity).reversed()
                            .thenComparing(Similarity::lowerName).thenComparing(Similarity::higherName))
                    .toList();
            List<Pair> pairs = new ArrayList<>();
            for (JPlagComparison comparison : above) {
                pairs.add(pair(comparison, read, pairs.size() < options.excerpts()));
            }
            if (jplagReport != null) {
                writeJplagReport(result, work, jplagReport);
            }
            notCompared.sort(Comparator.comparing(NotCompared::id));
            long small = result.getAllComparisons().stream().filter(c -> c.similarity() >= options.threshold()
                    && c.getNumberOfMatchedTokens() < options.minimumMatched()).count();
            return new SimilarityReport(SimilarityReport.SCHEMA, tool, options.threshold(), minimum, options.minimumMatched(),
                    result.getNumberOfSubmissions(), result.getAllComparisons().size(), notCompared, pairs, small,
                    elapsed(start));
        } finally {
            AtomicFile.deleteTree(work);
        }
    }

    /** A submission as intake reads it, or why it cannot be compared. */
    private record Read(Handins.Handin handin, Submission submission, String problem) {
    }

    /** Every submission read and parsed, in the order given, on as many threads as there are cores. */
    private static List<Read> readAll(List<Handins.Handin> handins) throws IOException {
        JavaSyntax syntax = new JavaSyntax();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                task -> {
                    Thread thread = new Thread(null, task, "tangent-similarity-parse-" + threads.incrementAndGet(),
                            JavaSyntax.STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Read>> pending = new ArrayList<>();
            for (Handins.Handin handin : handins) {
                pending.add(pool.submit(() -> readOne(handin, syntax)));
            }
            List<Read> all = new ArrayList<>();
            for (Future<Read> future : pending) {
                try {
                    all.add(future.get());
                } catch (ExecutionException e) {
                    throw new IOException("reading a submission failed inside the grader: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Read readOne(Handins.Handin handin, JavaSyntax syntax) {
        try {
            Submission submission = new Intake().read(handin.folder());
            if (submission.sources().isEmpty()) {
                return new Read(handin, submission, "it holds no Java sources");
            }
            String error = syntax.firstError(submission.sources());
            return new Read(handin, submission, error == null ? null
                    : "it does not parse as Java (" + error + "); fix the syntax and compare again");
        } catch (IntakeException e) {
            return new Read(handin, null, e.getMessage());
        }
    }

    private static void stage(Path folder, List<SourceFile> sources) throws IOException {
        for (SourceFile source : sources) {
            Path file = folder.resolve(source.path()).normalize();
            if (!file.startsWith(folder)) {
                throw new IOException(source.path() + " is not inside its submission");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.content(), StandardCharsets.UTF_8);
        }
    }

    private static String lowerName(JPlagComparison c) {
        String a = c.firstSubmission().getName();
        String b = c.secondSubmission().getName();
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String higherName(JPlagComparison c) {
        String a = c.firstSubmission().getName();
        String b = c.secondSubmission().getName();
        return a.compareTo(b) <= 0 ? b : a;
    }

    /** A comparison as a pair of ids, smaller first, with its regions in each submission's own paths. */
    private static Pair pair(JPlagComparison comparison, Map<String, Submission> read, boolean shown) {
        de.jplag.Submission a = comparison.firstSubmission();
        de.jplag.Submission b = comparison.secondSubmission();
        boolean swap = a.getName().compareTo(b.getName()) > 0;
        List<Region> regions = new ArrayList<>();
        // Regions only for the top pairs, which the report shows: the rest are numbers (similarity.csv), and
        // 20,000 pairs' regions would make similarity.json tens of megabytes that nobody reads.
        List<Match> matches = !shown ? List.of() : comparison.matches().stream()
                .sorted(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::startOfFirst)).toList();
        for (Match match : matches.subList(0, Math.min(REGIONS_KEPT, matches.size()))) {
            Span first = span(a, read.get(a.getName()), match.startOfFirst(), match.length());
            Span second = span(b, read.get(b.getName()), match.startOfSecond(), match.length());
            regions.add(swap ? new Region(second, first, match.length()) : new Region(first, second, match.length()));
        }
        String firstId = read.get(a.getName()).id();
        String secondId = read.get(b.getName()).id();
        return swap
                ? new Pair(secondId, firstId, comparison.similarity(), comparison.maximalSimilarity(),
                        comparison.getNumberOfMatchedTokens(), b.getNumberOfTokens(), a.getNumberOfTokens(), regions)
                : new Pair(firstId, secondId, comparison.similarity(), comparison.maximalSimilarity(),
                        comparison.getNumberOfMatchedTokens(), a.getNumberOfTokens(), b.getNumberOfTokens(), regions);
    }

    /** Where tokens {@code from .. from+length-1} lie: JPlag never matches across a file's end, so in one file. */
    private static Span span(de.jplag.Submission submission, Submission sources, int from, int length) {
        List<Token> tokens = submission.getTokenList();
        Token first = tokens.get(from);
        Token last = tokens.get(from + length - 1);
        String path = submission.getRoot().toPath().relativize(first.getFile().toPath()).toString().replace(File.separatorChar, '/');
        int startLine = Math.min(first.getLine(), last.getLine());
        int endLine = Math.max(first.getLine(), last.getLine());
        String text = sources.sources().stream().filter(s -> s.path().equals(path)).findFirst()
                .map(s -> lines(s.content(), startLine, endLine)).orElse("");
        return new Span(path, startLine, endLine, text);
    }

    /** Lines {@code from..to} (from 1) of a text, at most {@link #EXCERPT_LINES} of them and a note. */
    static String lines(String content, int from, int to) {
        List<String> all = content.lines().toList();
        int start = Math.max(1, from);
        int end = Math.min(all.size(), to);
        StringBuilder text = new StringBuilder();
        for (int line = start; line <= end && line < start + EXCERPT_LINES; line++) {
            text.append(all.get(line - 1)).append('\n');
        }
        if (end - start + 1 > EXCERPT_LINES) {
            text.append("[... ").append(end - start + 1 - EXCERPT_LINES).append(" more lines]\n");
        }
        return StudentText.clean(text.toString());
    }

    /** JPlag's report writer works in a folder of its own and zips it; the zip is then moved into place whole. */
    private static void writeJplagReport(JPlagResult result, Path work, Path target) throws IOException {
        Path folder = work.resolve("jplag-report");
        new ReportObjectFactory().createAndSaveReport(result, folder.toString());
        Path zip = work.resolve("jplag-report.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IOException("JPlag wrote no report file (" + zip.getFileName() + ")");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.copy(zip, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
