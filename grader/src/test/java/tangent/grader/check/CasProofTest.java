package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CasProofTest {

    private static final String SIGMOID_DERIVATIVE = "1/(E^x*(1+E^(-x))^2)";

    @Test
    void aProofThatOverrunsIsAbandonedAndTheNextCheckStillWorks() {
        ExpressionCheck.Verdict rushed = ExpressionCheck.in("x").withProofLimit(Duration.ofNanos(1))
                .compare("exp(x)/(1+exp(x))^2", SIGMOID_DERIVATIVE, new SplittableRandom(1));
        assertThat(rushed.kind()).isEqualTo(ExpressionCheck.Kind.CORRECT);
        assertThat(rushed.method()).isEqualTo(ExpressionCheck.Method.NUMERIC);
        assertThat(CasProof.leftRunaways()).isTrue();

        ExpressionCheck.Verdict next = ExpressionCheck.in("x").compare("exp(-x)/(1+exp(-x))^2", SIGMOID_DERIVATIVE,
                new SplittableRandom(2));
        assertThat(next.method()).isEqualTo(ExpressionCheck.Method.CAS);
    }

    @Test
    void numericAcceptanceIsFlaggedForTheScorecard() {
        CheckNotes.drain();
        ExpressionCheck.in("x").check("f", "0.3333333333*x", "x/3", new SplittableRandom(3));
        assertThat(CheckNotes.drain()).containsExactly(CheckNotes.NUMERIC);
        ExpressionCheck.in("x").check("f", "x/3", "x/3", new SplittableRandom(3));
        assertThat(CheckNotes.drain()).isEmpty();
    }

    @Test
    void proofsComeFromTheCasNotFromSampling() {
        assertThat(CasProof.provesEqual("x*(3*x-4)", "3*x^2-4*x", Duration.ofSeconds(5))).isTrue();
        assertThat(CasProof.provesEqual("x*(3*x-4)", "3*x^2+4*x", Duration.ofSeconds(5))).isFalse();
    }
}
