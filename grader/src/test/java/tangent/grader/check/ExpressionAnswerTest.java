package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tangent.grader.check.ExpressionAnswer.Domain;
import tangent.grader.check.ExpressionAnswer.Kind;
import tangent.grader.check.ExpressionAnswer.Verdict;

class ExpressionAnswerTest {

    private static final String CUBIC_DERIVATIVE = "-4*x+3*x^2";
    private static final String SIGMOID_DERIVATIVE = "1/(E^x*(1+E^(-x))^2)";

    private static Verdict compare(String answer, String expected) {
        return ExpressionAnswer.compare(answer, expected, new Domain("x", -3, 3), new SplittableRandom(7),
                Tolerance.ROUNDING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "3*x^2 - 4*x; " + CUBIC_DERIVATIVE,
        "3x^2-4x; " + CUBIC_DERIVATIVE,
        "x*(3*x - 4); " + CUBIC_DERIVATIVE,
        "3*x**2 - 4*x; " + CUBIC_DERIVATIVE,
        "exp(-x)/(1+exp(-x))^2; " + SIGMOID_DERIVATIVE,
        "e^(-x)/(1 + e^(-x))^2; " + SIGMOID_DERIVATIVE,
        "1/(1+exp(-x)) * (1 - 1/(1+exp(-x))); " + SIGMOID_DERIVATIVE,
        "1/(2 + 2*cosh(x)); " + SIGMOID_DERIVATIVE,
        "exp(x)/(1+exp(x))^2; " + SIGMOID_DERIVATIVE,
    })
    void equivalentFormsAreCorrect(String answer, String expected) {
        assertThat(compare(answer, expected).kind()).as(answer).isEqualTo(Kind.CORRECT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "3*x^2 + 4*x; " + CUBIC_DERIVATIVE,
        "3*x^2 - 4*x + 1; " + CUBIC_DERIVATIVE,
        "x^3 - 2*x^2 + 1; " + CUBIC_DERIVATIVE,
        "2*exp(-x)/(1+exp(-x))^2; " + SIGMOID_DERIVATIVE,
        "exp(x)/(1+exp(-x))^2; " + SIGMOID_DERIVATIVE,
    })
    void wrongFormsAreWrongWithAPoint(String answer, String expected) {
        Verdict verdict = compare(answer, expected);
        assertThat(verdict.kind()).as(answer).isEqualTo(Kind.WRONG);
        assertThat(verdict.message()).contains("differs from the expected one at x = ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "x(3x-4); reads as a function named x",
        "'  '; the expression is empty",
        "1e-3*x; scientific notation",
        "|x|; abs(...)",
        "Quit(); is not allowed",
        "While(True, 1); is not allowed",
        "3*y^2; the name \"y\" is unknown",
        "3*x^; cannot be read",
    })
    void unreadableOrForbiddenAnswersAreInvalidWithAnExplanation(String answer, String explanation) {
        Verdict verdict = compare(answer, CUBIC_DERIVATIVE);
        assertThat(verdict.kind()).as(answer).isEqualTo(Kind.INVALID);
        assertThat(verdict.message()).contains(explanation);
    }

    @org.junit.jupiter.api.Test
    void overlongAndOverdeepAnswersAreRefusedBeforeEvaluation() {
        assertThat(compare("x+".repeat(300) + "x", CUBIC_DERIVATIVE).message()).contains("characters long");
        assertThat(compare("sin(".repeat(45) + "x" + ")".repeat(45), CUBIC_DERIVATIVE).message())
                .contains("nested more than");
    }
}
