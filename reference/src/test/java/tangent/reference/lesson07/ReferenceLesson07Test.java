package tangent.reference.lesson07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.geometry.euclidean.twod.Line;
import org.apache.commons.math3.geometry.euclidean.twod.Vector2D;
import org.junit.jupiter.api.Test;

/** The reference reproduces the text's solution by its own method, and agrees with Commons Math's geometry. */
class ReferenceLesson07Test {

    private static final double[][] THREE = {{0, 0}, {1, 2}, {2, 1}};
    private static final double[][] SIX = {{-1, -1}, {-3, -1}, {0, 0}, {3, 3}, {1, 2}, {2, 1}};

    @Test
    void theTextsLineAndObjectiveForBothPointSets() {
        ReferenceHardMarginSvm svm = new ReferenceHardMarginSvm();
        for (double[] line : new double[][] {svm.fit(THREE, new int[] {-1, 1, 1}),
                svm.fit(SIX, new int[] {-1, -1, -1, 1, 1, 1})}) {
            assertThat(line[0]).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(line[1]).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(line[2]).isCloseTo(-1, within(1e-12));
            assertThat(line[0] * line[0] + line[1] * line[1]).isCloseTo(8.0 / 9, within(1e-12));
        }
        assertThat(new ReferenceSupportVectors().supportVectors(SIX, new int[] {-1, -1, -1, 1, 1, 1}))
                .containsExactly(2, 4, 5);
    }

    @Test
    void theTextsPartialDerivativesFromTheCas() {
        assertThat(new ReferenceSvmLagrangian().partialDerivatives(THREE, new int[] {-1, 1, 1}))
                .containsExactly("2*a+l2+2*l3", "2*b+2*l2+l3", "-l1+l2+l3", "-1-c", "-1+a+2*b+c", "-1+2*a+b+c");
    }

    @Test
    void inseparableAndOneClassSetsAreRefused() {
        ReferenceHardMarginSvm svm = new ReferenceHardMarginSvm();
        assertThatThrownBy(() -> svm.fit(new double[][] {{0, 0}, {1, 1}, {1, 0}, {0, 1}}, new int[] {-1, -1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> svm.fit(THREE, new int[] {1, 1, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signedDistanceIsCommonsMathsOffset() {
        Random random = new Random(3);
        ReferencePointLineDistance distance = new ReferencePointLineDistance();
        for (int i = 0; i < 100; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            double c = random.nextGaussian() * 5;
            double x = random.nextGaussian() * 10;
            double y = random.nextGaussian() * 10;
            double r = Math.hypot(a, b);
            // The line through (-a c, -b c) / r^2 whose direction (-b, a) has (a, b) on its left,
            // the side Commons Math counts as positive.
            Line line = new Line(new Vector2D(-a * c / (r * r), -b * c / (r * r)), Math.atan2(a, -b), 1e-10);
            assertThat(distance.signedDistance(a, b, c, x, y))
                    .isCloseTo(line.getOffset(new Vector2D(x, y)), within(1e-9));
        }
    }
}
