package tangent.grader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlannedTest;
import tangent.grader.plan.Planner;
import tangent.grader.run.Profiling;

/**
 * Where a batch's CPU goes, task by task, from the CPU-time profiles (async-profiler's collapsed
 * stacks, one file per JVM) of one grading run that {@code bench/cost-breakdown.sh} makes with
 * {@code run.Profiling}. A worker's sample is charged to the first frame, from the sampled one
 * outwards, that belongs to a known party: loading the submission's classes (its class loader and the
 * bytecode policy), the submission's own code (its packages), the reference (the course's graded
 * packages), checking (the engine's checks and the suites' own code: inputs, comparisons, CAS
 * proofs). Library and JDK code (symja, Commons Math, {@code Math.exp}) is charged to whoever called
 * it. A worker's JIT compiler and GC threads have parties of their own, its remaining samples are
 * JUnit and the worker. A compiler process is compiling, the supervisor's JVM the supervisor.
 * Samples are CPU time at a fixed interval in every thread, so their shares are shares of CPU.
 *
 * <p>Usage: {@code CostBreakdown PROFILES_FOLDER SUBMISSION_FOLDER SUBMISSIONS CPU_SECONDS}: the
 * folder of {@code .collapsed} files, one submission of the batch (whose packages are the student's
 * code), how many submissions the run graded, and the CPU time of the whole run (user + system,
 * children included), against which the shares are set.
 */
public final class CostBreakdown {

    /** Who CPU time is charged to. */
    enum Party {
        STUDENT("the submission's code", true),
        LOADING("loading the submission's classes (class loader, bytecode policy)", false),
        REFERENCE("reference computations", false),
        CHECKING("checking (suites, comparisons, CAS proofs)", false),
        WORKER("JUnit, the worker and the JVM's runtime", false),
        START_UP("workers' start and warm-up (CAS start)", false),
        JIT("workers' JIT compiler threads", false),
        GC("workers' garbage collector and VM threads", false),
        COMPILING("compiling (compiler processes)", true),
        SUPERVISOR("supervisor (intake, plan, scheduling, reports)", false);

        final String words;
        /** Not the grader's own work: the "everything but compiling and the student's code". */
        final boolean notGradersOwn;

        Party(String words, boolean notGradersOwn) {
            this.words = words;
            this.notGradersOwn = notGradersOwn;
        }
    }

    private static final Pattern CLASS_IN_ID = Pattern.compile("\\[class:([^\\]]+)]");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private final Course course;
    private final Set<String> studentPackages;
    private final Map<String, String> taskOfSuite = new TreeMap<>();
    private final Map<String, Integer> testsOfTask = new TreeMap<>();
    private final EnumMap<Party, Long> samples = new EnumMap<>(Party.class);
    private final Map<String, EnumMap<Party, Long>> byTask = new TreeMap<>();

    CostBreakdown(Course course, GradingPlan plan, Set<String> studentPackages) {
        this.course = course;
        this.studentPackages = studentPackages;
        for (PlannedTest test : plan.tests()) {
            Matcher m = CLASS_IN_ID.matcher(test.uniqueId());
            if (m.find()) {
                String task = test.lesson() + " " + test.task();
                taskOfSuite.put(m.group(1), task);
                testsOfTask.merge(task, 1, Integer::sum);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--options")) {
            System.out.println(Profiling.OPTIONS); // for the script, which profiles the supervisor the same way
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: CostBreakdown PROFILES_FOLDER SUBMISSION_FOLDER SUBMISSIONS CPU_SECONDS");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int submissions = Integer.parseInt(args[2]);
        double cpu = Double.parseDouble(args[3]);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".collapsed")).sorted().toList();
        }
        if (files.stream().noneMatch(p -> p.getFileName().toString().startsWith("worker-"))
                || files.stream().noneMatch(p -> p.getFileName().toString().startsWith("supervisor"))) {
            System.err.println("cost-breakdown: " + folder + " lacks a worker's or the supervisor's profile ("
                    + files.size() + " files)");
            System.exit(2);
        }
        Course course = Course.load();
        CostBreakdown breakdown = new CostBreakdown(course, new Planner(course).plan(), packagesOf(Path.of(args[1])));
        for (Path file : files) {
            breakdown.read(file);
        }
        breakdown.print(submissions, cpu, files.size());
    }

    /** The packages a submission's sources declare. */
    static Set<String> packagesOf(Path submission) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(submission)) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PACKAGE.matcher(Files.readString(source));
                if (m.find()) {
                    packages.add(m.group(1));
                }
            }
        }
        if (packages.isEmpty()) {
            throw new IOException(submission + " declares no package: cannot tell its code from the grader's");
        }
        return packages;
    }

    /** Reads one JVM's profile: lines of {@code [thread];frame;...;frame COUNT}, the root first. */
    void read(Path file) throws IOException {
        String name = file.getFileName().toString();
        Party fixed = name.startsWith("compiler-") ? Party.COMPILING
                : name.startsWith("supervisor") ? Party.SUPERVISOR : null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                long count = Long.parseLong(line.substring(space + 1).trim());
                String[] frames = line.substring(0, space).split(";");
                if (fixed != null) {
                    add(fixed, null, count);
                } else {
                    charge(frames, count);
                }
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + " is not a collapsed-stacks profile: " + e.getMessage(), e);
        }
    }

    /** Charges one worker stack (root first). */
    void charge(String[] frames, long count) {
        String thread = frames.length > 0 && frames[0].startsWith("[") ? frames[0] : "";
        if (thread.contains("CompilerThre")) { // thread names are cut at 15 characters
            add(Party.JIT, null, count);
            return;
        }
        if (thread.startsWith("[VM Thread") || thread.startsWith("[GC") || !thread.isEmpty() && frames.length > 1
                && frames[1].startsWith("GCTaskThread")) {
            add(Party.GC, null, count);
            return;
        }
        String task = null;
        Party party = null;
        for (int i = frames.length - 1; i >= 0; i--) {
            String type = typeOf(frames[i]);
            if (type == null) {
                continue;
            }
            if (type.equals(course.warmup()) || type.endsWith(".WorkerMain") && stripped(frames[i]).endsWith(".warmUp")) {
                party = Party.START_UP;
                task = null;
                break;
            }
            if (type.startsWith("tangent.grader.suite.SubmissionClassLoader") || type.startsWith("tangent.grader.policy.")) {
                party = Party.LOADING; // the grader's isolation, whoever asked for the class
            }
            if (task == null) {
                int nested = type.indexOf('$');
                task = taskOfSuite.get(nested < 0 ? type : type.substring(0, nested));
            }
            if (party == null) {
                party = partyOf(type);
            }
        }
        add(party == null ? Party.WORKER : party, task, count);
    }

    /** The Java class of a frame such as {@code tangent/suites/lesson05/Suite.test_[j]}, or null for a native one. */
    private static String typeOf(String frame) {
        String f = stripped(frame);
        int dot = f.lastIndexOf('.');
        if (dot <= 0 || f.indexOf('/') < 0 || f.contains("::") || f.contains(" ")) {
            return null;
        }
        return f.substring(0, dot).replace('/', '.');
    }

    /** A frame without the profiler's note on how it ran ({@code _[j]} compiled, {@code _[i]} interpreted, ...). */
    private static String stripped(String frame) {
        return frame.matches(".*_\\[[a-z0-9]]$") ? frame.substring(0, frame.length() - 4) : frame;
    }

    private Party partyOf(String type) {
        int dot = type.lastIndexOf('.');
        String pkg = dot < 0 ? "" : type.substring(0, dot);
        if (studentPackages.contains(pkg)) {
            return Party.STUDENT;
        }
        for (String graded : course.gradedPackages()) {
            if (type.startsWith(graded + ".")) {
                return Party.REFERENCE;
            }
        }
        if (type.startsWith("tangent.grader.check.") || type.startsWith(course.suitePackage() + ".")) {
            return Party.CHECKING;
        }
        return null;
    }

    /** Samples charged to {@code party}, in one task's suite or (task null) anywhere. */
    long samples(Party party, String task) {
        return (task == null ? samples : byTask.getOrDefault(task, new EnumMap<>(Party.class))).getOrDefault(party, 0L);
    }

    private void add(Party party, String task, long count) {
        samples.merge(party, count, Long::sum);
        if (task != null) {
            byTask.computeIfAbsent(task, t -> new EnumMap<>(Party.class)).merge(party, count, Long::sum);
        }
    }

    private void print(int submissions, double cpu, int profiles) {
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        // The measured total must agree with the samples: a sample stands for at least INTERVAL_MS of CPU
        // (measured here: 4.1 to 5.1 ms). A total below that, or far above, was not measured right (a
        // sandboxed JVM's CPU, say, which /usr/bin/time does not see): no figure, rather than a wrong one.
        double sampled = total * Profiling.INTERVAL_MS / 1000.0;
        if (cpu < 0.9 * sampled || cpu > 2 * sampled) {
            System.err.printf(Locale.ROOT, "cost-breakdown: the run's measured CPU (%.1f s) does not fit its %d samples "
                    + "(at least %.1f s): the total cannot be trusted, so no figure%n", cpu, total, sampled);
            System.exit(2);
        }
        // The kernel's timer may deliver fewer signals than the interval asks for, but the same in every
        // thread: shares of samples are shares of CPU, and the run's measured CPU turns them into time.
        // Processes that are not JVMs (bubblewrap, prlimit) are not sampled; they only wait.
        System.out.printf(Locale.ROOT, "%d profiles, %d samples; %d submissions, %.1f CPU-s in all, %.0f ms each%n%n",
                profiles, total, submissions, cpu, cpu * 1000 / submissions);
        System.out.println("| party | CPU ms per submission | share |");
        System.out.println("|---|---:|---:|");
        double own = 0;
        for (Party party : Party.values()) {
            double share = samples.getOrDefault(party, 0L) / (double) total;
            if (!party.notGradersOwn) {
                own += share;
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f%% |%n", party.words, share * cpu * 1000 / submissions, 100 * share);
        }
        System.out.printf(Locale.ROOT, "%nthe grader's own share (all but the submission's code and compiling): %.1f%% of CPU%n%n",
                100 * own);
        // JUnit's own work lies outside every suite's frames, so a task's row has the three parties inside them.
        List<Party> columns = List.of(Party.STUDENT, Party.REFERENCE, Party.CHECKING);
        StringBuilder header = new StringBuilder("| task | tests |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Party party : columns) {
            header.append(' ').append(party.words).append(" |");
            rule.append("---:|");
        }
        System.out.println(header.append(" in all |"));
        System.out.println(rule.append("---:|"));
        double perSample = cpu * 1000 / total / submissions;
        for (Map.Entry<String, Integer> task : testsOfTask.entrySet()) {
            EnumMap<Party, Long> costs = byTask.getOrDefault(task.getKey(), new EnumMap<>(Party.class));
            StringBuilder row = new StringBuilder("| " + task.getKey() + " | " + task.getValue() + " |");
            double all = 0;
            for (Party party : columns) {
                double ms = costs.getOrDefault(party, 0L) * perSample;
                all += ms;
                row.append(String.format(Locale.ROOT, " %.1f |", ms));
            }
            System.out.println(row.append(String.format(Locale.ROOT, " %.1f |", all)));
        }
        System.out.println("\n(CPU ms per submission inside each task's suite; the JIT and GC threads, which work for all"
                + " tasks at once, and CAS proofs, which run on a thread of their own, are in the first table only)");
    }
}
