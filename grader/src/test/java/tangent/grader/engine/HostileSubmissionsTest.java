package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestStatus;

/**
 * The hostile corpus, submissions/hostile/: each submission is contained, costs only its own tests,
 * and gets exactly the outcome asserted here. Most implement the sigmoid task (12 points) with
 * one hostile twist.
 */
class HostileSubmissionsTest extends GradingTestBase {

    private static final String EXPRESSION = "L01.sigmoid.expressionIsEquivalent";
    private static final Set<String> DERIVATIVE_TESTS = Set.of("L01.sigmoid.derivativeAtZeroAndTwo",
            "L01.sigmoid.derivativeAtRandomPoints", "L01.sigmoid.finiteFarOut");

    private Scorecard hostile(String name) throws Exception {
        return grade("hostile/" + name);
    }

    private static double sigmoidScore(Scorecard card) {
        return lesson(card, "L01").stream().filter(t -> t.task().equals("sigmoid")).mapToDouble(t -> t.score()).sum();
    }

    private void assertRefused(String name, String call, String reason) throws Exception {
        Scorecard card = hostile(name);
        assertThat(card.status()).as(name + ": " + card.message()).isEqualTo(SubmissionStatus.REFUSED);
        assertThat(card.violations()).as(name).anySatisfy(v -> {
            assertThat(v.call()).contains(call);
            assertThat(v.reason()).contains(reason);
        });
        assertThat(card.score()).isZero();
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TestStatus.NOT_RUN));
    }

    @Test
    void exitAndHaltAreRefused() throws Exception {
        assertRefused("exit", "java.lang.System.exit", "end the grading JVM");
        assertRefused("halt", "java.lang.Runtime", "end the grading JVM");
    }

    @Test
    void threadsAndProcessesAreRefused() throws Exception {
        assertRefused("thread-bomb", "java.lang.Thread", "threads");
        assertRefused("fork-bomb", "java.lang.ProcessBuilder", "processes");
    }

    @Test
    void filesNetworkAndEnvironmentAreRefused() throws Exception {
        assertRefused("read-passwd", "java.nio.file", "files");
        assertRefused("write-file", "java.io.FileWriter", "files");
        assertRefused("socket", "java.net.Socket", "network");
        assertRefused("getenv-token", "java.lang.System.getenv", "environment");
        assertThat(Path.of("/tmp/tangent-hostile-was-here")).doesNotExist();
    }

    @Test
    void reachingForTheGradersOwnClassesIsRefused() throws Exception {
        assertRefused("read-grader-jar", "java.lang.Class.getResourceAsStream", "reflection");
        assertRefused("reflect-suites", "java.lang.Class.forName", "reflection");
        assertRefused("forname-reference", "java.lang.Class.forName", "reflection");
    }

    @Test
    void classesInJdkOrGraderPackagesAreRefused() throws Exception {
        assertRefused("java-package", "package java.*", "packages of the JDK");
        assertRefused("grader-named", "package tangent.*", "packages of the JDK, the grader");
    }

    @Test
    void anAnnotationProcessorNeverRuns() throws Exception {
        assertRefused("annotation-processor", "javax.annotation.processing", "not on the list");
        assertThat(Path.of("/tmp/tangent-processor-ran")).doesNotExist();
    }

    @Test
    void loopsThatIgnoreInterruptsAWaitForeverAndAHangingStaticInitializerTimeOutAlone() throws Exception {
        for (String name : new String[] {"busy-loop", "deadlock", "static-init-hang"}) {
            Scorecard card = hostile(name);
            Map<TestStatus, Set<String>> statuses = byStatus(card, "L01");
            assertThat(statuses.get(TestStatus.TIMEOUT)).as(name).containsExactly(EXPRESSION);
            assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
            assertThat(sigmoidScore(card)).as(name).isEqualTo(9.0);
        }
    }

    @Test
    void deepRecursionCostsTheTestsThatRecurse() throws Exception {
        Scorecard card = hostile("deep-recursion");
        assertThat(byStatus(card, "L01").get(TestStatus.ERROR)).isEqualTo(DERIVATIVE_TESTS);
        assertThat(test(card, "L01.sigmoid.derivativeAtZeroAndTwo").message())
                .startsWith("Recurses.derivative threw StackOverflowError").contains("Recurses.java:");
        assertThat(sigmoidScore(card)).isEqualTo(6.0);
    }

    @Test
    void aMemoryBombCostsOnlyItsTest() throws Exception {
        Scorecard card = hostile("memory-bomb");
        assertThat(byStatus(card, "L01").get(TestStatus.ERROR)).containsExactly(EXPRESSION);
        assertThat(test(card, EXPRESSION).message()).contains("running out of memory");
        assertThat(sigmoidScore(card)).isEqualTo(9.0);
    }

    @Test
    void megabytesOfOutputAreCappedInTheScorecard() throws Exception {
        Scorecard card = hostile("megabytes-of-output");
        assertThat(sigmoidScore(card)).isEqualTo(12.0);
        String output = test(card, EXPRESSION).output();
        assertThat(output).startsWith("line 0 of a great deal of output").contains("more bytes not kept");
        assertThat(output.length()).isLessThan(9 * 1024);
    }

    @Test
    void mutatingTheCallersArrayIsCaught() throws Exception {
        Scorecard card = hostile("mutates-input");
        assertThat(byStatus(card, "L01").get(TestStatus.FAILED))
                .containsExactly("L01.difference-quotients.secantSlopesEdgeCases");
        assertThat(test(card, "L01.difference-quotients.secantSlopesEdgeCases").message())
                .contains("changed the array of steps");
        assertThat(score(card, "L01")).isEqualTo(14.0);
    }

    @Test
    void nanAndNullAreWrongAnswersWithMessages() throws Exception {
        Scorecard card = hostile("nan-and-null");
        assertThat(sigmoidScore(card)).isZero();
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").message()).contains("got NaN");
        assertThat(test(card, EXPRESSION).message()).contains("the expression is empty");
    }

    @Test
    void anEqualsThatAlwaysSaysTrueFoolsNobody() throws Exception {
        Scorecard card = hostile("equals-always-true");
        assertThat(byStatus(card, "L01").get(TestStatus.FAILED)).isEqualTo(DERIVATIVE_TESTS);
        assertThat(sigmoidScore(card)).isEqualTo(6.0);
    }

    @Test
    void afterAllThatTheGraderStillGradesNormally() throws Exception {
        for (String name : new String[] {"busy-loop", "memory-bomb", "deep-recursion"}) {
            hostile(name);
        }
        Scorecard honest = grade("sample-correct");
        assertThat(score(honest, "L01")).isEqualTo(54.0);
        // Where bubblewrap works (CI installs it) the corpus ran behind both walls, and the scorecard says so.
        assertThat(honest.grader().isolation()).isEqualTo(tangent.grader.run.Sandbox.of("auto").isolation());
    }

    @Test
    void parallelStreamsFinalizersJvmDefaultsAndHiddenPropertyReadersAreRefused() throws Exception {
        assertRefused("parallel-by-spliterator", "java.util.stream.StreamSupport", "parallel streams");
        assertRefused("finalizer", "a finalize() method", "may not declare finalize()");
        assertRefused("locale-default", "java.util.Locale.setDefault", "default Locale");
        assertRefused("property-by-number", "java.lang.Integer.getInteger", "system properties");
    }

    @Test
    void exceptionsThatLieOrTrapAreTheStudentsOwnReportedQuicklyCappedAndClean() throws Exception {
        Scorecard card = hostile("untrustworthy-exceptions");
        assertThat(byStatus(card, "L01").get(TestStatus.ERROR)).isEqualTo(Set.of("L01.sigmoid.valueAtSomePoints",
                "L01.sigmoid.derivativeAtZeroAndTwo", "L01.sigmoid.finiteFarOut", EXPRESSION));
        assertThat(byStatus(card, "L01")).doesNotContainKey(TestStatus.TIMEOUT); // the cause loop ends at once
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").message()).startsWith("Misleads.value threw Looped: a");
        assertThat(test(card, "L01.sigmoid.derivativeAtZeroAndTwo").message())
                .as("forged frames are not trusted: the student's own error, not a failed check of the grader's")
                .startsWith("the test stopped with Forged: ");
        assertThat(test(card, "L01.sigmoid.finiteFarOut").message()).contains("its getMessage() threw");
        String huge = test(card, EXPRESSION).message();
        assertThat(huge.length()).isLessThan(9 * 1024);
        assertThat(huge).contains("more characters not kept").contains("\\u001b[2J").doesNotContain("\u001b", "\u0000");
        assertThat(sigmoidScore(card)).isEqualTo(5.0);
    }

    @Test
    void anHonestSubmissionAfterEachAttackerInTheSameWorkerScoresAsItDoesAlone() throws Exception {
        // megabytes-of-output is honest work (12/12) that prints: its captured output shows a silenced System.out.
        var alone = withoutDurations(hostile("megabytes-of-output"));
        for (String attacker : new String[] {"closes-stdout", "untrustworthy-exceptions", "memory-bomb", "busy-loop",
            "compiler-crash", "megabytes-of-output"}) {
            hostile(attacker);
            assertThat(withoutDurations(hostile("megabytes-of-output"))).as("after " + attacker).isEqualTo(alone);
        }
        assertThat(sigmoidScore(hostile("closes-stdout"))).isEqualTo(12.0);
    }

    @Test
    void codeThatBreaksTheCompilerIsOneFriendlyCompileErrorAndTheCompilerLivesOn() throws Exception {
        Scorecard card = hostile("compiler-crash");
        assertThat(card.status()).isEqualTo(SubmissionStatus.COMPILE_ERROR);
        assertThat(card.compileErrors()).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("the Java compiler itself failed on this code").doesNotContain("com.sun.tools"));
        assertThat(card.score()).isZero();
        assertThat(score(grade("sample-correct"), "L01")).as("the next submission compiles and scores").isEqualTo(54.0);
    }

    @Test
    void hiddenTestsInputsNeverReachAVisibleTestThroughStaticState() throws Exception {
        Scorecard card = hostile("leaks-hidden-inputs");
        String visible = test(card, "L01.sigmoid.valueAtSomePoints").message();
        assertThat(visible).contains("threw IllegalStateException: seen 0.0 2.0"); // the visible tests' own inputs
        assertThat(visible).doesNotContain("710").doesNotContain("40.0");
        assertThat(test(card, "L01.sigmoid.finiteFarOut").status()).isEqualTo(TestStatus.PASSED); // it did see 710
        assertThat(sigmoidScore(card)).isEqualTo(11.0);
    }

    @Test
    void theCorpusHasAtLeastTwentySubmissions() throws Exception {
        try (var folders = Files.list(SUBMISSIONS.resolve("hostile"))) {
            assertThat(folders.filter(Files::isDirectory).count()).isGreaterThanOrEqualTo(20);
        }
    }
}
