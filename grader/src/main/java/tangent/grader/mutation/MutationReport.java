package tangent.grader.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The mutation score of the hidden suites per lesson and task, from PIT's {@code mutations.xml}
 * and the reviewed equivalents files (one per lesson, say): detected / (mutants - equivalent). Prints Markdown (also
 * written to {@code --out}); exits 1 when a lesson is below {@code --min} percent or when an
 * entry of the equivalents file names a mutant the suites detect (then it is not equivalent),
 * 2 on bad input.
 */
@Command(name = "mutation-report", mixinStandardHelpOptions = true,
        description = "Mutation score per lesson and task from PIT's mutations.xml and the equivalents file.")
public final class MutationReport implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MUTATIONS_XML", description = "PIT's mutations.xml")
    Path mutationsXml;

    @Parameters(index = "1..*", paramLabel = "EQUIVALENTS_TSV",
            description = "reviewed equivalents: lesson, task, method, mutator, description, reason; tab-separated, # comments")
    List<Path> equivalentsTsv = List.of();

    @Option(names = "--min", description = "lowest acceptable score per lesson, percent (default: ${DEFAULT-VALUE})")
    double min = 95;

    @Option(names = "--out", description = "also write the Markdown report here")
    Path out;

    /** Counts for one lesson or task. */
    record Tally(int mutants, int detected, int equivalent) {

        Tally plus(Mutant m, boolean isEquivalent) {
            return new Tally(mutants + 1, detected + (m.detected() ? 1 : 0), equivalent + (isEquivalent ? 1 : 0));
        }

        int survived() {
            return mutants - detected - equivalent;
        }

        /** Detected over the mutants that a test could tell apart, in percent; 100 when there are none. */
        double score() {
            int judged = mutants - equivalent;
            return judged == 0 ? 100 : 100.0 * detected / judged;
        }
    }

    /** The whole analysis: tallies, survivors nobody has explained, and wrong or stale equivalents. */
    record Analysis(Map<String, Tally> lessons, Map<String, Tally> tasks, List<Mutant> unexplained,
            List<Equivalent> detectedButListed, List<Equivalent> stale) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MutationReport()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Mutant> mutants;
        List<Equivalent> equivalents;
        try {
            mutants = readMutants(mutationsXml);
            equivalents = new ArrayList<>();
            for (Path tsv : equivalentsTsv) {
                equivalents.addAll(readEquivalents(tsv));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("mutation-report: " + e.getMessage());
            return 2;
        }
        Analysis analysis = analyse(mutants, equivalents);
        String markdown = markdown(analysis, min);
        System.out.print(markdown);
        if (out != null) {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        }
        boolean below = analysis.lessons().values().stream().anyMatch(t -> t.score() < min);
        return below || !analysis.detectedButListed().isEmpty() ? 1 : 0;
    }

    static Analysis analyse(List<Mutant> mutants, List<Equivalent> equivalents) {
        List<Equivalent> unused = new ArrayList<>(equivalents);
        List<Equivalent> detectedButListed = new ArrayList<>();
        Map<String, Tally> lessons = new TreeMap<>();
        Map<String, Tally> tasks = new TreeMap<>();
        List<Mutant> unexplained = new ArrayList<>();
        // Survivors take entries first: a detected mutant that shares an entry's key (same method,
        // mutator and description on another line) must not use up the survivor's entry.
        java.util.Map<Mutant, Equivalent> claimed = new java.util.IdentityHashMap<>();
        for (boolean survivors : new boolean[] {true, false}) {
            for (Mutant m : mutants) {
                if (m.detected() != survivors) {
                    Equivalent entry = unused.stream().filter(m::matches).findFirst().orElse(null);
                    if (entry != null) {
                        unused.remove(entry);
                        claimed.put(m, entry);
                    }
                }
            }
        }
        for (Mutant m : mutants) {
            Equivalent entry = claimed.get(m);
            if (entry != null && m.detected()) {
                detectedButListed.add(entry);
            }
            boolean isEquivalent = entry != null && !m.detected();
            lessons.merge(m.lesson(), new Tally(0, 0, 0).plus(m, isEquivalent), MutationReport::sum);
            tasks.merge(m.lesson() + " " + m.task(), new Tally(0, 0, 0).plus(m, isEquivalent), MutationReport::sum);
            if (!m.detected() && !isEquivalent) {
                unexplained.add(m);
            }
        }
        return new Analysis(lessons, tasks, unexplained, detectedButListed, unused);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.mutants() + b.mutants(), a.detected() + b.detected(), a.equivalent() + b.equivalent());
    }

    static String markdown(Analysis analysis, double min) {
        StringBuilder md = new StringBuilder();
        md.append("| lesson | mutants | detected | equivalent | survived | score |\n|---|---:|---:|---:|---:|---:|\n");
        analysis.lessons().forEach((lesson, t) -> row(md, lesson + (t.score() < min ? " (below " + fmt(min) + "%)" : ""), t));
        md.append("\n| lesson task | mutants | detected | equivalent | survived | score |\n|---|---:|---:|---:|---:|---:|\n");
        analysis.tasks().forEach((task, t) -> row(md, task, t));
        if (!analysis.unexplained().isEmpty()) {
            md.append("\nSurvivors neither killed nor listed as equivalent:\n\n");
            for (Mutant m : analysis.unexplained()) {
                md.append("- ").append(m.lesson()).append(' ').append(m.task()).append('.').append(m.method())
                        .append(" line ").append(m.line()).append(", ").append(m.mutator()).append(": ")
                        .append(m.description()).append(" (").append(m.status()).append(")\n");
            }
        }
        if (!analysis.detectedButListed().isEmpty()) {
            md.append("\nListed as equivalent, but the suites detect them (remove these entries):\n\n");
            analysis.detectedButListed().forEach(e -> md.append("- ").append(describe(e)).append('\n'));
        }
        if (!analysis.stale().isEmpty()) {
            md.append("\nListed as equivalent, but no such mutant was generated in this run (stale, or another lesson):\n\n");
            analysis.stale().forEach(e -> md.append("- ").append(describe(e)).append('\n'));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Tally t) {
        md.append("| ").append(name).append(" | ").append(t.mutants()).append(" | ").append(t.detected()).append(" | ")
                .append(t.equivalent()).append(" | ").append(t.survived()).append(" | ").append(fmt(t.score()))
                .append("% |\n");
    }

    private static String describe(Equivalent e) {
        return e.lesson() + " " + e.task() + "." + e.method() + ", " + e.mutator() + ": " + e.description();
    }

    private static String fmt(double percent) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(percent * 10) / 10);
    }

    /** The mutants of a PIT {@code mutations.xml}. */
    static List<Mutant> readMutants(Path xml) throws IOException {
        if (!Files.isRegularFile(xml)) {
            throw new IllegalArgumentException(xml + " does not exist: run PIT first (see the README, \"Mutation testing\")");
        }
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagName("mutation");
            List<Mutant> mutants = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String mutator = text(e, "mutator");
                mutants.add(new Mutant(text(e, "mutatedClass"), text(e, "mutatedMethod"),
                        Integer.parseInt(text(e, "lineNumber")), mutator.substring(mutator.lastIndexOf('.') + 1),
                        text(e, "description"), e.getAttribute("status"), Boolean.parseBoolean(e.getAttribute("detected"))));
            }
            if (mutants.isEmpty()) {
                throw new IllegalArgumentException(xml + " holds no mutants: PIT found nothing to mutate, so there is no score");
            }
            return mutants;
        } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
            throw new IllegalArgumentException(xml + " is not a PIT mutations.xml: " + e.getMessage(), e);
        }
    }

    private static String text(Element e, String tag) {
        NodeList list = e.getElementsByTagName(tag);
        if (list.getLength() == 0) {
            throw new IllegalArgumentException("a mutation without <" + tag + ">");
        }
        return list.item(0).getTextContent().strip();
    }

    /** The reviewed equivalents: one per line, six tab-separated fields, {@code #} starts a comment line. */
    static List<Equivalent> readEquivalents(Path tsv) throws IOException {
        if (!Files.isRegularFile(tsv)) {
            throw new IllegalArgumentException(tsv + " does not exist (an empty file is fine)");
        }
        List<Equivalent> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException(tsv + ":" + (n + 1) + ": expected 6 tab-separated fields "
                        + "(lesson, task, method, mutator, description, reason), found " + f.length);
            }
            entries.add(new Equivalent(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(), f[5].strip()));
        }
        return entries;
    }
}
