package tangent.grader.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationReportTest {

    @TempDir
    Path dir;

    private static String mutation(String cls, String method, String mutator, String description, String status) {
        boolean detected = !status.equals("SURVIVED") && !status.equals("NO_COVERAGE");
        return "<mutation detected='" + detected + "' status='" + status + "' numberOfTestsRun='1'>"
                + "<sourceFile>X.java</sourceFile><mutatedClass>" + cls + "</mutatedClass><mutatedMethod>" + method
                + "</mutatedMethod><methodDescription>()D</methodDescription><lineNumber>12</lineNumber>"
                + "<mutator>org.pitest.mutationtest.engine.gregor.mutators." + mutator + "</mutator>"
                + "<description>" + description + "</description></mutation>";
    }

    private Path xml(String... mutations) throws Exception {
        return Files.writeString(dir.resolve("mutations.xml"), "<?xml version='1.0'?><mutations>"
                + String.join("", mutations) + "</mutations>");
    }

    private Path tsv(String... lines) throws Exception {
        return Files.writeString(dir.resolve("equivalents.tsv"), "# lesson\ttask\tmethod\tmutator\tdescription\treason\n"
                + String.join("\n", lines) + "\n");
    }

    @Test
    void scoresDetectedOverMutantsThatATestCouldTellApart() throws Exception {
        Path xml = xml(
                mutation("p.lesson01.ReferenceA", "f", "MathMutator", "Replaced double addition with subtraction", "KILLED"),
                mutation("p.lesson01.ReferenceA$1", "g", "MathMutator", "Replaced double addition with subtraction", "TIMED_OUT"),
                mutation("p.lesson01.ReferenceA", "h", "ConditionalsBoundaryMutator", "changed conditional boundary", "SURVIVED"),
                mutation("p.lesson01.Steps", "k", "PrimitiveReturnsMutator", "replaced double return with 0.0d", "NO_COVERAGE"),
                mutation("p.lesson02.ReferenceB", "f", "MathMutator", "Replaced double addition with subtraction", "KILLED"));
        var analysis = MutationReport.analyse(MutationReport.readMutants(xml), MutationReport.readEquivalents(
                tsv("lesson01\tReferenceA\th\tConditionalsBoundaryMutator\tchanged conditional boundary\tx > 0 and x >= 0 agree: f(0) = 0 either way")));

        assertThat(analysis.lessons().get("lesson01")).isEqualTo(new MutationReport.Tally(4, 2, 1));
        assertThat(analysis.lessons().get("lesson01").score()).isEqualTo(100.0 * 2 / 3);
        assertThat(analysis.tasks().get("lesson01 ReferenceA")).isEqualTo(new MutationReport.Tally(3, 2, 1));
        assertThat(analysis.unexplained()).extracting(Mutant::method).containsExactly("k");
        assertThat(analysis.lessons().get("lesson02").score()).isEqualTo(100.0);
        String md = MutationReport.markdown(analysis, 95);
        assertThat(md).contains("| lesson01 (below 95.0%) | 4 | 2 | 1 | 1 | 66.6% |")
                .contains("| lesson02 | 1 | 1 | 0 | 0 | 100.0% |")
                .contains("- lesson01 Steps.k line 12, PrimitiveReturnsMutator: replaced double return with 0.0d (NO_COVERAGE)");
    }

    @Test
    void anEntryForAMutantTheSuitesDetectIsWrongAndOneForNoMutantIsStale() throws Exception {
        Path xml = xml(mutation("p.lesson01.ReferenceA", "f", "MathMutator", "Replaced double addition with subtraction", "KILLED"));
        var analysis = MutationReport.analyse(MutationReport.readMutants(xml), MutationReport.readEquivalents(tsv(
                "lesson01\tReferenceA\tf\tMathMutator\tReplaced double addition with subtraction\tclaimed",
                "lesson01\tReferenceA\tgone\tMathMutator\tReplaced double addition with subtraction\tstale")));
        assertThat(analysis.detectedButListed()).extracting(Equivalent::method).containsExactly("f");
        assertThat(analysis.stale()).extracting(Equivalent::method).containsExactly("gone");
        assertThat(analysis.lessons().get("lesson01").score()).isEqualTo(100.0);
    }

    @Test
    void exitsOneBelowTheTargetAndTwoOnInputThatIsNotAReport() throws Exception {
        Path xml = xml(mutation("p.lesson01.ReferenceA", "f", "MathMutator", "m", "SURVIVED"));
        Path tsv = tsv();
        assertThat(new picocli.CommandLine(new MutationReport()).execute(xml.toString(), tsv.toString())).isEqualTo(1);
        assertThat(new picocli.CommandLine(new MutationReport()).execute(xml.toString(), tsv.toString(), "--min", "0"))
                .isZero();
        Files.writeString(xml, "<mutations/>");
        assertThat(new picocli.CommandLine(new MutationReport()).execute(xml.toString(), tsv.toString())).isEqualTo(2);
        assertThat(new picocli.CommandLine(new MutationReport()).execute(dir.resolve("none.xml").toString(), tsv.toString()))
                .isEqualTo(2);
    }

    @Test
    void anEquivalentWithoutAReasonOrWithTheWrongFieldsIsRefused() throws Exception {
        assertThatThrownBy(() -> MutationReport.readEquivalents(tsv("lesson01\tA\tf\tMathMutator\tm\t ")))
                .hasMessageContaining("needs its reason");
        assertThatThrownBy(() -> MutationReport.readEquivalents(tsv("lesson01\tA\tf")))
                .hasMessageContaining("equivalents.tsv:2: expected 6 tab-separated fields");
    }

    @Test
    void aSurvivorTakesItsEntryBeforeADetectedMutantWithTheSameKey() throws Exception {
        Path xml = xml(mutation("p.lesson01.ReferenceA", "f", "MathMutator", "m", "KILLED"),
                mutation("p.lesson01.ReferenceA", "f", "MathMutator", "m", "SURVIVED"));
        var analysis = MutationReport.analyse(MutationReport.readMutants(xml),
                MutationReport.readEquivalents(tsv("lesson01\tReferenceA\tf\tMathMutator\tm\tboth branches agree")));
        assertThat(analysis.detectedButListed()).isEmpty();
        assertThat(analysis.unexplained()).isEmpty();
        assertThat(analysis.lessons().get("lesson01").score()).isEqualTo(100.0);
    }
}
