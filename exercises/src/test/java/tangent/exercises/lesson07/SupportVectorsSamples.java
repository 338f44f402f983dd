package tangent.exercises.lesson07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The text's six points: (0, 0), (1, 2) and (2, 1) decide the line. */
public abstract class SupportVectorsSamples {

    /** Your implementation, for example {@code return new MySupportVectors();}. */
    protected abstract SupportVectors create();

    @Test
    void theSixPointsHaveThreeSupportVectors() {
        double[][] points = {{-1, -1}, {-3, -1}, {0, 0}, {3, 3}, {1, 2}, {2, 1}};
        assertArrayEquals(new int[] {2, 4, 5}, create().supportVectors(points, new int[] {-1, -1, -1, 1, 1, 1}));
    }

    @Test
    void allThreeOfTheTextsFirstPointsAreSupportVectors() {
        assertArrayEquals(new int[] {0, 1, 2}, create().supportVectors(new double[][] {{0, 0}, {1, 2}, {2, 1}},
                new int[] {-1, 1, 1}));
    }
}
