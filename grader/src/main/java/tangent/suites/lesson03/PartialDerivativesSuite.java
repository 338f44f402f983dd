package tangent.suites.lesson03;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.Surface;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.ExpressionCheck;
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

    private static final String ORDER = "the gradient lists df/dx first, then df/dy: your two components "
            + "are in the other order.";
    private static final String UNDIFFERENTIATED = "each component should be a partial derivative of f, "
            + "not f itself.";

    @Test
    @Points(3)
    @DisplayName("the gradient of x^2 + y^3 is (2x, 3y^2)")
    void gradientOfTheTextsExample(PartialDerivatives student, RandomGenerator random) {
        String[] answer = checkGradient(student, Surface.SQUARE_PLUS_CUBE, random,
                KnownMistake.of(ORDER, "3*y^2", "2*x"),
                KnownMistake.of("the power rule brings the exponent down and lowers it by one: d/dy y^3 = 3y^2.",
                        "2*x", "3*y"),
                KnownMistake.of("the power rule brings the exponent down as a factor: d/dy y^3 = 3y^2.", "2*x", "y^2"),
                KnownMistake.of("the power rule lowers the exponent by one: d/dy y^3 = 3y^2, not 3y^3.",
                        "2*x", "3*y^3"),
                KnownMistake.of(UNDIFFERENTIATED, "x^2 + y^3", "x^2 + y^3"),
                KnownMistake.of("your gradient has the opposite sign: it points downhill.", "-2*x", "-3*y^2"));
        Copies.freshStrings("gradient(SQUARE_PLUS_CUBE)", () -> student.gradient(Surface.SQUARE_PLUS_CUBE));

    }

    @Test
    @Points(2)
    @DisplayName("the gradient of x^2 + y^2 is (2x, 2y)")
    void gradientOfTheBowl(PartialDerivatives student, RandomGenerator random) {
        checkGradient(student, Surface.SUM_OF_SQUARES, random,
                KnownMistake.of(ORDER, "2*y", "2*x"),
                KnownMistake.of("when differentiating in x, y is a constant and so is y^2: its derivative is 0.",
                        "2*x + 2*y", "2*x + 2*y"),
                KnownMistake.of(UNDIFFERENTIATED, "x^2 + y^2", "x^2 + y^2"),
                KnownMistake.of("your gradient has the opposite sign: it points downhill.", "-2*x", "-2*y"));
    }

    @Test
    @Points(2)
    @DisplayName("the gradient of x^2 + 2xy + y^2 is (2x + 2y, 2x + 2y)")
    void gradientOfTheSquareOfSum(PartialDerivatives student, RandomGenerator random) {
        checkGradient(student, Surface.SQUARE_OF_SUM, random,
                KnownMistake.of("the middle term counts too: d/dx 2xy = 2y (y is a constant), so df/dx = 2x + 2y.",
                        "2*x", "2*y"),
                KnownMistake.of("in d/dx 2xy, y is a constant factor: the derivative is 2y, not 2xy or 2.",
                        "2*x + 2", "2*y + 2"),
                KnownMistake.of(UNDIFFERENTIATED, "x^2 + 2*x*y + y^2", "x^2 + 2*x*y + y^2"));
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

    /** Checks the gradient's formulas and returns the student's array. */
    private String[] checkGradient(PartialDerivatives student, Surface f, RandomGenerator random, KnownMistake... mistakes) {
        String[] answer = student.gradient(f);
        KnownMistake.checkVector(CHECK, "gradient(" + f.name() + "), the gradient of " + f.formula(), answer,
                reference.gradient(f), random, mistakes);
        return answer;
    }
}
