package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A whole-answer mistake is named only when the answer is wrong and is that mistake. */
class KnownMistakeTest {

    private static final ExpressionCheck XY = ExpressionCheck.in("x", "y");
    private static final KnownMistake SWAPPED = KnownMistake.vector("your two components are in the other order.", "2*y", "2*x");

    @Test
    void aVectorThatIsTheMistakeIsNamedAfterTheCheckersMessage() {
        assertThatThrownBy(() -> KnownMistake.checkVector(XY, "gradient(f)", new String[] {"y + y", "2x"},
                new String[] {"2*x", "2*y"}, new SplittableRandom(1), SWAPPED))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("gradient(f): component [0]: your expression y + y differs")
                .hasMessageEndingWith(" Hint: your two components are in the other order.");
    }

    @Test
    void aRightAnswerPassesAndAnotherWrongOneGetsNoHint() {
        assertThatCode(() -> KnownMistake.checkVector(XY, "gradient(f)", new String[] {"x + x", "2*y"},
                new String[] {"2*x", "2*y"}, new SplittableRandom(1), SWAPPED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> KnownMistake.checkVector(XY, "gradient(f)", new String[] {"2*x", "3*y"},
                new String[] {"2*x", "2*y"}, new SplittableRandom(1), SWAPPED)).hasMessageNotContaining("Hint:");
        // nothing to compare: the checker's own message, no hint, no failure of the check itself
        assertThatThrownBy(() -> KnownMistake.checkVector(XY, "gradient(f)", null, new String[] {"2*x", "2*y"},
                new SplittableRandom(1), SWAPPED)).hasMessageContaining("got null").hasMessageNotContaining("Hint:");
        assertThatThrownBy(() -> KnownMistake.checkVector(XY, "gradient(f)", new String[] {"2*y"},
                new String[] {"2*x", "2*y"}, new SplittableRandom(1), SWAPPED)).hasMessageNotContaining("Hint:");
    }

    @Test
    void expressionsAndMatricesToo() {
        assertThatThrownBy(() -> KnownMistake.check(ExpressionCheck.in("x"), "f'", "-2*x", "2*x", new SplittableRandom(1),
                KnownMistake.expression("mind the sign.", "-2*x"))).hasMessageEndingWith(" Hint: mind the sign.");
        String[][] jacobian = {{"2*y", "2*x"}, {"2*x*y", "x^2"}};
        String[][] transposed = {{"2*y", "2*x*y"}, {"2*x", "x^2"}};
        assertThatThrownBy(() -> KnownMistake.checkMatrix(XY, "J", transposed, jacobian, new SplittableRandom(1),
                KnownMistake.matrix("rows are outputs.", transposed))).hasMessageEndingWith(" Hint: rows are outputs.");
        // a mistake of another shape is passed over
        assertThatThrownBy(() -> KnownMistake.checkMatrix(XY, "J", new String[][] {{"1", "1"}, {"1", "1"}}, jacobian,
                new SplittableRandom(1), KnownMistake.matrix("never.", new String[][] {{"1"}})))
                .hasMessageNotContaining("Hint:");
    }
}
