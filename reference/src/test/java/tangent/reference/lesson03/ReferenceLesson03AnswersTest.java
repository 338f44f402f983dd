package tangent.reference.lesson03;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.exercises.lesson03.DirectionScan;
import tangent.exercises.lesson03.Surface;

/** What symja derives and what the scan prints are what the course texts say. */
class ReferenceLesson03AnswersTest {

    @Test
    void gradientsFromTheCas() {
        ReferencePartialDerivatives p = new ReferencePartialDerivatives();
        assertThat(p.gradient(Surface.SQUARE_PLUS_CUBE)).containsExactly("2*x", "3*y^2");
        assertThat(p.gradient(Surface.SUM_OF_SQUARES)).containsExactly("2*x", "2*y");
        assertThat(p.gradient(Surface.SQUARE_OF_SUM)).containsExactly("2*x+2*y", "2*x+2*y");
    }

    @Test
    void theScanPrintsTheTextsDigitsExactly() {
        DirectionScan scan = new ReferenceFastestIncrease().scan(Surface.SQUARE_PLUS_CUBE::value, 2, 3, 0.1, 0.0001);
        assertThat(scan.angleDegrees()).isEqualTo(8.4);
        assertThat(scan.gradientX()).isEqualTo(3.987419245872443);
        assertThat(scan.gradientY()).isEqualTo(27.002750276227097);
    }
}
