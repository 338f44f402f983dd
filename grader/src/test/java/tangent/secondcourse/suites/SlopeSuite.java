package tangent.secondcourse.suites;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Points;
import tangent.secondcourse.api.Slope;

@Grades(Slope.class)
class SlopeSuite {

    @Test
    @Points(2)
    @DisplayName("the slope of 3x^2 + x and of random parabolas, checked by the engine's expression check")
    void parabolas(Slope student, RandomGenerator random) {
        ExpressionCheck check = ExpressionCheck.in("x");
        check.check("derivative(3, 1)", student.derivative(3, 1), "6*x + 1", random);
        int a = 2 + random.nextInt(5);
        int b = 1 + random.nextInt(5);
        check.check("derivative(" + a + ", " + b + ")", student.derivative(a, b), 2 * a + "*x + " + b, random);
    }
}
