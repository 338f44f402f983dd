package tangent.reference.lesson01;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What symja derives is what the course text says, in symja's own form. */
class ReferenceCasAnswersTest {

    @Test
    void cubicDerivativeFromTheCas() {
        assertThat(new ReferenceCubicDerivative().derivativeExpression()).isEqualTo("-4*x+3*x^2");
    }

    @Test
    void sigmoidDerivativeFromTheCas() {
        assertThat(new ReferenceSigmoid().derivativeExpression()).isEqualTo("1/(E^x*(1+E^(-x))^2)");
    }

    @Test
    void sigmoidIsStableFarOut() {
        ReferenceSigmoid s = new ReferenceSigmoid();
        assertThat(s.value(-1000)).isEqualTo(0.0);
        assertThat(s.value(1000)).isEqualTo(1.0);
        assertThat(s.derivative(-800)).isFinite();
    }
}
