package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tangent.grader.check.CasProof.Outcome;

class CasProofTest {

    private static final String SIGMOID_DERIVATIVE = "1/(E^x*(1+E^(-x))^2)";

    @Test
    void proofsComeFromTheCasNotFromSampling() {
        assertThat(CasProof.attempt("x*(3*x-4)", "3*x^2-4*x", CasProof.DEFAULT_STEPS)).isEqualTo(Outcome.PROVED);
        assertThat(CasProof.attempt("x*(3*x-4)", "3*x^2+4*x", CasProof.DEFAULT_STEPS)).isEqualTo(Outcome.NOT_PROVED);
    }

    @Test
    void aBudgetTooSmallRunsOutOfStepsEveryTimeWhateverTheClock() {
        // Proving this takes a few thousand steps; 40 are spent before Together finishes.
        for (int i = 0; i < 3; i++) {
            assertThat(CasProof.attempt("exp(x)/(1+exp(x))^2", SIGMOID_DERIVATIVE, 40)).isEqualTo(Outcome.OUT_OF_STEPS);
        }
        ExpressionCheck.Verdict rushed = ExpressionCheck.in("x").withProofSteps(40)
                .compare("exp(x)/(1+exp(x))^2", SIGMOID_DERIVATIVE, new SplittableRandom(1));
        assertThat(rushed.kind()).isEqualTo(ExpressionCheck.Kind.CORRECT);
        assertThat(rushed.method()).isEqualTo(ExpressionCheck.Method.NUMERIC);
        assertThat(rushed.message()).endsWith("the CAS could not prove it within 40 steps");
        assertThat(ExpressionCheck.in("x").compare("exp(x)/(1+exp(x))^2", SIGMOID_DERIVATIVE, new SplittableRandom(1))
                .method()).isEqualTo(ExpressionCheck.Method.CAS);
    }

    @Test
    void aProofThatCannotFinishIsCutByItsBudgetNotLeftToRun() {
        // Simplify of deeply nested sines once ignored interrupts for over 30 s; the budget ends it.
        String nested = "x";
        for (int i = 0; i < 60; i++) {
            nested = "Sin(" + nested + ")";
        }
        assertThat(CasProof.attempt(nested, "x", 20_000)).isEqualTo(Outcome.OUT_OF_STEPS);
    }

    @Test
    void theSafetyNetAbandonsAProofSaysSoAndTheNextProofStillWorks() {
        assertThat(CasProof.attempt("exp(x)/(1+exp(x))^2", SIGMOID_DERIVATIVE, CasProof.DEFAULT_STEPS,
                Duration.ofNanos(1))).isEqualTo(Outcome.STOPPED);
        assertThat(CasProof.leftRunaways()).isTrue();
        assertThat(CasProof.attempt("exp(-x)/(1+exp(-x))^2", SIGMOID_DERIVATIVE, CasProof.DEFAULT_STEPS))
                .isEqualTo(Outcome.PROVED);
    }

    @Test
    void aBudgetMustBePositive() {
        assertThatThrownBy(() -> ExpressionCheck.in("x").withProofSteps(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numericAcceptanceIsFlaggedForTheScorecard() {
        CheckNotes.drain();
        ExpressionCheck.in("x").check("f", "0.3333333333*x", "x/3", new SplittableRandom(3));
        assertThat(CheckNotes.drain()).containsExactly(CheckNotes.NUMERIC);
        ExpressionCheck.in("x").check("f", "x/3", "x/3", new SplittableRandom(3));
        assertThat(CheckNotes.drain()).isEmpty();
    }
}
