package tangent.exercises.lesson03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** The text's scan of x^2 + y^3 at (2, 3), the angle convention, and the task's question. */
public abstract class FastestIncreaseSamples {

    /** Your implementation, for example {@code return new MyFastestIncrease();}. */
    protected abstract FastestIncrease create();

    private static final DoubleBinaryOperator TEXT = (x, y) -> Math.pow(x, 2) + Math.pow(y, 3);
    private static final DoubleBinaryOperator BOWL = (x, y) -> Math.pow(x, 2) + Math.pow(y, 2);

    @Test
    void rateOfChangeStraightUp() {
        assertEquals(27.00090001, create().rateOfChange(TEXT, 2, 3, 0, 0.0001), 1e-8);
    }

    @Test
    void theTextsScan() {
        DirectionScan scan = create().scan(TEXT, 2, 3, 0.1, 0.0001);
        assertEquals(8.4, scan.angleDegrees(), 1e-9);
        assertEquals(3.987419245872443, scan.gradientX(), 1e-9);
        assertEquals(27.002750276227097, scan.gradientY(), 1e-9);
    }

    @Test
    void anglesAreMeasuredFromTheYAxis() {
        FastestIncrease s = create();
        assertEquals(8.426969021480673, s.directionOf(4, 27), 1e-9);
        assertEquals(90, s.directionOf(1, 0), 1e-9);
        assertEquals(270, s.directionOf(-1, 0), 1e-9);
    }

    @Test
    void theTasksQuestion() {
        FastestIncrease s = create();
        assertTrue(s.confirmsGradient(BOWL, 1, 1, 2, 2));
        assertFalse(s.confirmsGradient(BOWL, 1, 1, -2, -2));
    }
}
