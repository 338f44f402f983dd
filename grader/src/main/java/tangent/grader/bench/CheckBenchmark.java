package tangent.grader.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tangent.grader.check.ExpressionCheck.Verdict;
import tangent.grader.check.InvalidAnswer;

/**
 * The cost of one expression check in a warm JVM: runs the whole corpus several times, then
 * reports median and 90th percentile per verdict and method. The first pass (the JVM and symja
 * warming up) is reported separately. Usage: {@code CheckBenchmark CORPUS [ROUNDS]}; see
 * {@code bench/check-cost.sh}.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws IOException, InvalidAnswer {
        if (args.length < 1) {
            System.err.println("usage: CheckBenchmark CORPUS.tsv [ROUNDS]");
            System.exit(2);
        }
        List<ExpressionCorpus.Case> cases = ExpressionCorpus.read(Files.newBufferedReader(Path.of(args[0]),
                StandardCharsets.UTF_8));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long firstStart = System.nanoTime();
        Verdict first = ExpressionCorpus.judge(cases.get(0));
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (ExpressionCorpus.Case c : cases) {
                long start = System.nanoTime();
                Verdict v = ExpressionCorpus.judge(c);
                double ms = (System.nanoTime() - start) / 1e6;
                if (round > 0) { // round 0 warms the JIT and the CAS's caches
                    times.computeIfAbsent(v.kind().json() + "/" + v.method().json(), k -> new ArrayList<>()).add(ms);
                    times.computeIfAbsent("all", k -> new ArrayList<>()).add(ms);
                }
            }
        }
        System.out.printf(Locale.ROOT, "first check in this JVM (%s): %.1f ms%n", first.method().json(), firstMs);
        System.out.printf(Locale.ROOT, "%-24s %7s %10s %10s %10s%n", "verdict/method", "checks", "median ms", "p90 ms", "max ms");
        times.forEach((key, list) -> {
            double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-24s %7d %10.2f %10.2f %10.2f%n", key, sorted.length, percentile(sorted, 0.5),
                    percentile(sorted, 0.9), sorted[sorted.length - 1]);
        });
        System.out.println("(" + cases.size() + " cases x " + (rounds - 1) + " measured rounds; java "
                + System.getProperty("java.version") + ")");
        System.exit(0); // a proof thread abandoned on purpose must not keep the JVM alive
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
