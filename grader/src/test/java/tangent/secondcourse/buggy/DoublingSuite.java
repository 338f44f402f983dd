package tangent.secondcourse.buggy;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.grader.check.Checks;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.secondcourse.api.Doubling;

@Grades(Doubling.class)
class DoublingSuite {

    @Test
    @Points(1)
    @DisplayName("twice 0 is 0 (dropped by the fix: smallNumbers checks it)")
    void zero(Doubling student) {
        Checks.that(student.twice(0) == 0, "twice(0): expected 0, got " + student.twice(0));
    }

    @Test
    @Points(1)
    @DisplayName("twice 0, 1 and -3")
    void smallNumbers(Doubling student) {
        for (long n : new long[] {0, 1, -3}) {
            Checks.that(student.twice(n) == 2 * n, "twice(" + n + "): expected " + 2 * n + ", got " + student.twice(n));
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("twice random numbers up to four billion")
    void largeNumbers(Doubling student, RandomGenerator random) {
        for (int i = 0; i < 20; i++) {
            long n = random.nextLong(-4_000_000_000L, 4_000_000_000L);
            long got = student.twice(n);
            Checks.that(got == 2 * n, "twice(" + n + "): expected " + 2 * n + ", got " + got);
        }
    }
}
