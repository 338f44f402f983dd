package tangent.secondcourse.buggy;

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
    @DisplayName("the slope of random parabolas, checked by the engine's expression check")
    void parabolas(Slope student, RandomGenerator random) {
        ExpressionCheck check = ExpressionCheck.in("x");
        int a = 2 + random.nextInt(5);
        int b = 1 + random.nextInt(5);
        // the bug this package keeps: d/dx (ax^2 + bx) is 2ax + b, not ax + b
        check.check("derivative(" + a + ", " + b + ")", student.derivative(a, b), a + "*x + " + b, random);
    }
}
