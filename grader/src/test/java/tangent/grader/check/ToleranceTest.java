package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    private final Tolerance tolerance = Tolerance.of(1e-6, 1e-3);

    @Test
    void absolutePartCoversZero() {
        assertThat(tolerance.isClose(5e-7, 0)).isTrue();
        assertThat(tolerance.isClose(2e-6, 0)).isFalse();
    }

    @Test
    void relativePartScalesWithTheExpectedValue() {
        assertThat(tolerance.isClose(1000.9, 1000)).isTrue();
        assertThat(tolerance.isClose(1001.1, 1000)).isFalse();
    }

    @Test
    void nanAndInfinitiesOnlyMatchThemselves() {
        assertThat(tolerance.isClose(Double.NaN, Double.NaN)).isTrue();
        assertThat(tolerance.isClose(Double.NaN, 0)).isFalse();
        assertThat(tolerance.isClose(0, Double.NaN)).isFalse();
        assertThat(tolerance.isClose(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
        assertThat(tolerance.isClose(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).isFalse();
        assertThat(tolerance.isClose(1e308, Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void negativeTolerancesAreRefused() {
        assertThatThrownBy(() -> Tolerance.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.of(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
