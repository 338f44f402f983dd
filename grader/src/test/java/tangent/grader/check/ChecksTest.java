package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void scalarMessageSaysExpectedActualAndMiss() {
        assertThatThrownBy(() -> Checks.close("S'(0)", 0.25, 0.5, Tolerance.ROUNDING,
                Hint.factor(2, "no factor 2.")))
                .hasMessageStartingWith("S'(0): expected 0.25, got 0.5 (off by 0.25")
                .hasMessageEndingWith("Hint: no factor 2.");
    }

    @Test
    void functionCheckReportsTheWorstPointAndAHintThatFitsEveryPoint() {
        double[] xs = {0, 1, 2};
        assertThatThrownBy(() -> Checks.closeAt("f'", xs, x -> 3 * x * x - 4 * x, x -> 3 * x * x + 4 * x,
                Tolerance.ROUNDING, Hint.whenAnswerIs(x -> 3 * x * x + 4 * x, "sign of 4x.")))
                .hasMessageStartingWith("f' at x = 2: expected 4, got 20")
                .hasMessageEndingWith("Hint: sign of 4x.");
    }

    @Test
    void hintIsLeftOutWhenItFitsOnlySomePoints() {
        double[] xs = {1, 2};
        assertThatThrownBy(() -> Checks.closeAt("g", xs, x -> x, x -> x == 1 ? 2 : 5, Tolerance.ROUNDING,
                Hint.factor(2, "factor 2.")))
                .message().doesNotContain("Hint");
    }

    @Test
    void arraysAreCheckedForNullLengthAndElements() {
        assertThatThrownBy(() -> Checks.closeArray("a", new double[] {1}, null, Tolerance.ROUNDING))
                .hasMessageContaining("got null");
        assertThatThrownBy(() -> Checks.closeArray("a", new double[] {1, 2}, new double[] {1}, Tolerance.ROUNDING))
                .hasMessageContaining("length 2, got length 1");
        assertThatThrownBy(() -> Checks.closeArray("a", new double[] {1, 2, 3}, new double[] {1, 2.5, 9},
                Tolerance.ROUNDING)).hasMessageStartingWith("a: element [2] expected 3, got 9");
        assertThatCode(() -> Checks.closeArray("a", new double[] {1, 2}, new double[] {1, 2}, Tolerance.ROUNDING))
                .doesNotThrowAnyException();
    }

    @Test
    void matricesAreCheckedForShapeAndReportTheWorstEntry() {
        double[][] expected = {{1, 2}, {3, 4}};
        assertThatThrownBy(() -> Checks.closeMatrix("J", expected, new double[][] {{1, 2}}, Tolerance.ROUNDING))
                .hasMessage("J: expected a 2x2 matrix, got 1 rows");
        assertThatThrownBy(() -> Checks.closeMatrix("J", expected, new double[][] {{1, 2}, {3}}, Tolerance.ROUNDING))
                .hasMessageContaining("row 1 has 1 entries");
        assertThatThrownBy(() -> Checks.closeMatrix("J", expected, new double[][] {{1, 2.1}, {3, 9}}, Tolerance.ROUNDING))
                .hasMessageStartingWith("J: entry [1][1] expected 4, got 9");
        assertThatCode(() -> Checks.closeMatrix("J", expected, new double[][] {{1, 2}, {3, 4}}, Tolerance.ROUNDING))
                .doesNotThrowAnyException();
    }

    @Test
    void refusalsMustThrowTheRightType() {
        assertThatCode(() -> Checks.refuses("f(0)", IllegalArgumentException.class, () -> {
            throw new IllegalArgumentException();
        })).doesNotThrowAnyException();
        assertThatThrownBy(() -> Checks.refuses("f(0)", IllegalArgumentException.class, () -> 1.0 / 0))
                .hasMessage("f(0) should throw IllegalArgumentException, but returned Infinity");
        assertThatThrownBy(() -> Checks.refuses("f(0)", IllegalArgumentException.class, () -> List.of().get(0)))
                .hasMessageStartingWith("f(0) should throw IllegalArgumentException, but threw ")
                .hasMessageContaining("IndexOutOfBoundsException");
    }
}
