package tangent.suites.lesson03;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.PartialDerivativesMistakes;
import tangent.exercises.lesson03.Surface;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.KnownMistake;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson03.ReferencePartialDerivatives;

/** Partial derivatives and gradients as formulas, checked against symja's derivatives. */
@Grades(PartialDerivatives.class)
class PartialDerivativesSuite {

    /** Formulas in x and y, sampled on [-3, 3] (WeBWorK's way; all three functions are polynomials). */
    private static final ExpressionCheck CHECK =
            ExpressionCheck.in("x", "y").withDomain("x", -3, 3).withDomain("y", -3, 3);

    private final ReferencePartialDerivatives reference = new ReferencePartialDerivatives();

    // the known mistakes of each gradient are shared with the public samples
    @Test
    @Points(3)
    @DisplayName("the gradient of x^2 + y^3 is (2x, 3y^2)")
    void gradientOfTheTextsExample(PartialDerivatives student, RandomGenerator random) {
        checkGradient(student, Surface.SQUARE_PLUS_CUBE, random);
        Copies.freshStrings("gradient(SQUARE_PLUS_CUBE)", () -> student.gradient(Surface.SQUARE_PLUS_CUBE));
    }

    @Test
    @Points(2)
    @DisplayName("the gradient of x^2 + y^2 is (2x, 2y)")
    void gradientOfTheBowl(PartialDerivatives student, RandomGenerator random) {
        checkGradient(student, Surface.SUM_OF_SQUARES, random);
    }

    @Test
    @Points(2)
    @DisplayName("the gradient of x^2 + 2xy + y^2 is (2x + 2y, 2x + 2y)")
    void gradientOfTheSquareOfSum(PartialDerivatives student, RandomGenerator random) {
        checkGradient(student, Surface.SQUARE_OF_SUM, random);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("each partial derivative on its own, for every function and both variables")
    void partialsOneAtATime(PartialDerivatives student, RandomGenerator random) {
        for (Surface f : Surface.values()) {
            for (String variable : new String[] {"x", "y"}) {
                String other = variable.equals("x") ? "y" : "x";
                String what = "partial(" + f.name() + ", \"" + variable + "\"), d/d" + variable + " (" + f.formula() + ")";
                String answer = student.partial(f, variable);
                String expected = reference.partial(f, variable);
                try {
                    CHECK.check(what, answer, expected, random);
                } catch (AssertionError wrong) {
                    if (CHECK.compare(answer, reference.partial(f, other), random).kind() == ExpressionCheck.Kind.CORRECT) {
                        throw new AssertionError(wrong.getMessage() + " Hint: that is the partial derivative with respect "
                                + "to " + other + "; this one is with respect to " + variable + ".", wrong);
                    }
                    throw wrong;
                }
            }
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a variable other than x or y is refused with IllegalArgumentException")
    void unknownVariablesAreRefused(PartialDerivatives student) {
        for (String variable : new String[] {"z", "X", "", "xy", " x", "y ", "x\n"}) {
            Checks.refuses("partial(SUM_OF_SQUARES, \"" + variable.replace("\n", "\\n") + "\")", IllegalArgumentException.class,
                    () -> student.partial(Surface.SUM_OF_SQUARES, variable));
        }
        Checks.refuses("partial(SUM_OF_SQUARES, null)", IllegalArgumentException.class,
                () -> student.partial(Surface.SUM_OF_SQUARES, null));
    }

    /** Checks the gradient's formulas, with its known mistakes. */
    private void checkGradient(PartialDerivatives student, Surface f, RandomGenerator random) {
        KnownMistake.checkVector(CHECK, PartialDerivativesMistakes.gradientCall(f), student.gradient(f), reference.gradient(f),
                random, PartialDerivativesMistakes.gradient(f));
    }
}
