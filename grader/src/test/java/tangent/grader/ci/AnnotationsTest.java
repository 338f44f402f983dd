package tangent.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tangent.grader.policy.Violation;
import tangent.grader.score.CompileError;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

class AnnotationsTest {

    private final Path root = Path.of("/repo");

    @Test
    void compileErrorsPointAtTheFileFromTheRepositoryRootWithEscapedText() {
        Scorecard card = Cards.card(root.resolve("submissions/bob"), SubmissionStatus.COMPILE_ERROR, 0, 10,
                List.of(new CompileError("src/main/java/student/MySigmoid.java", 6, 38, "';' expected, 100%\nhere")),
                null);
        assertThat(new Annotations(root).commands(List.of(card))).containsExactly(
                "::error file=submissions/bob/src/main/java/student/MySigmoid.java,line=6,col=38,"
                        + "title=bob%3A compile error::';' expected, 100%25%0Ahere");
    }

    @Test
    void oneAnnotationPerPlaceThatThrewHiddenOnesCountedNotNamedStubsLeftOut() {
        String file = "src/main/java/student/MySigmoid.java";
        Scorecard card = Cards.card(root.resolve("submissions/carol"), SubmissionStatus.GRADED, 0, 5, null, null,
                Cards.test("valueAtZero", TestStatus.ERROR, 1, Visibility.VISIBLE,
                        "MySigmoid.value threw ArithmeticException: / by zero (MySigmoid.java:12)",
                        new SourceLocation(file, 12)),
                Cards.test("secretPoints", TestStatus.ERROR, 1, Visibility.HIDDEN,
                        "MySigmoid.value threw ArithmeticException at x = 0.123456", new SourceLocation(file, 12)),
                Cards.test("secretSlope", TestStatus.ERROR, 1, Visibility.HIDDEN,
                        "MySigmoid.derivative threw at x = 0.654321", new SourceLocation(file, 20)),
                Cards.stub("expression",
                        "MySigmoid.derivativeExpression threw UnsupportedOperationException: not implemented yet",
                        new SourceLocation(file, 25)),
                Cards.test("wrongValue", TestStatus.FAILED, 1, Visibility.VISIBLE, "expected 0.5", null));
        List<String> commands = new Annotations(root).commands(List.of(card));
        assertThat(commands).containsExactly(
                "::error file=submissions/carol/src/main/java/student/MySigmoid.java,line=12,title=carol%3A L01 sigmoid::"
                        + "MySigmoid.value threw ArithmeticException: / by zero (MySigmoid.java:12) "
                        + "(2 checks stopped here, 1 of them hidden)",
                "::error file=submissions/carol/src/main/java/student/MySigmoid.java,line=20,title=carol%3A L01 sigmoid::"
                        + "a hidden check of sigmoid ended with an exception thrown here.");
        assertThat(String.join("\n", commands)).doesNotContain("secret").doesNotContain("0.123456")
                .doesNotContain("0.654321");
    }

    @Test
    void aSingleVisibleCheckIsNamedInTheTitle() {
        Scorecard card = Cards.card(root.resolve("submissions/dora"), SubmissionStatus.GRADED, 0, 1, null, null,
                Cards.test("valueAtZero", TestStatus.ERROR, 1, Visibility.VISIBLE, "MySigmoid.value threw",
                        new SourceLocation("MySigmoid.java", 3)));
        assertThat(new Annotations(root).commands(List.of(card))).containsExactly(
                "::error file=submissions/dora/MySigmoid.java,line=3,title=dora%3A L01 sigmoid%3A valueAtZero::MySigmoid.value threw");
    }

    @Test
    void refusalsHaveNoFileAndBeyondTheLimitANoticeCountsTheRest() {
        List<CompileError> errors = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            errors.add(new CompileError("A.java", i, 1, "error " + i));
        }
        Scorecard many = Cards.card(root.resolve("submissions/dan"), SubmissionStatus.COMPILE_ERROR, 0, 1, errors, null);
        Scorecard refused = Cards.card(root.resolve("submissions/eve"), SubmissionStatus.REFUSED, 0, 1, null,
                List.of(new Violation("student.Evil", "run", "java.lang.System.exit", "ends the grader")));
        List<String> commands = new Annotations(root).commands(List.of(refused, many));
        assertThat(commands).hasSize(Annotations.LIMIT + 1);
        assertThat(commands.get(0)).isEqualTo("::error title=eve%3A not allowed::student.Evil.run uses "
                + "java.lang.System.exit: ends the grader");
        assertThat(commands.get(Annotations.LIMIT)).startsWith("::notice title=Tangent::3 more problems");
    }

    @Test
    void anErrorAboutTheWholeSubmissionGetsNoFile() {
        Scorecard card = Cards.card(root.resolve("submissions/empty"), SubmissionStatus.COMPILE_ERROR, 0, 1,
                List.of(new CompileError(".", 0, 0, "no .java files found")), null);
        assertThat(new Annotations(root).commands(List.of(card)))
                .containsExactly("::error title=empty%3A compile error::no .java files found");
    }

    @Test
    void aSubmissionOutsideTheRepositoryGetsNoFile() {
        Scorecard card = Cards.card(Path.of("/elsewhere/zed"), SubmissionStatus.COMPILE_ERROR, 0, 1,
                List.of(new CompileError("A.java", 1, 1, "oops")), null);
        assertThat(new Annotations(root).commands(List.of(card))).containsExactly("::error title=zed%3A compile error::oops");
    }
}
