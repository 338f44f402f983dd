package tangent.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tangent.grader.score.CompileError;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;

class PassPolicyTest {

    private final Scorecard graded40 = Cards.card(Path.of("a"), SubmissionStatus.GRADED, 4, 10, null, null);
    private final Scorecard full = Cards.card(Path.of("b"), SubmissionStatus.GRADED, 10, 10, null, null);
    private final Scorecard broken = Cards.card(Path.of("c"), SubmissionStatus.COMPILE_ERROR, 0, 10,
            List.of(new CompileError("A.java", 1, 2, "';' expected")), null);

    @Test
    void eachPolicyFailsWhatItSays() {
        PassPolicy none = PassPolicy.parse("none");
        assertThat(none.failure(broken)).isNull();

        PassPolicy compiles = PassPolicy.parse("compiles");
        assertThat(compiles.failure(graded40)).isNull();
        assertThat(compiles.failure(broken)).isEqualTo("it does not compile");
        assertThat(compiles.failure(Cards.card(Path.of("d"), SubmissionStatus.REFUSED, 0, 10, null, null)))
                .contains("may not");

        PassPolicy sixty = PassPolicy.parse("min-score=60");
        assertThat(sixty.failure(graded40)).isEqualTo("it earns 40.0% of the points, below the 60% required");
        assertThat(sixty.failure(full)).isNull();
        assertThat(sixty.failure(broken)).isEqualTo("it does not compile");
        assertThat(PassPolicy.parse("min-score=40%").failure(graded40)).isNull();

        assertThat(PassPolicy.parse("all-pass").failure(graded40)).isNotNull();
        assertThat(PassPolicy.parse("ALL-PASS").failure(full)).isNull();
    }

    @Test
    void aWrongPolicySaysWhatIsAllowed() {
        assertThatThrownBy(() -> PassPolicy.parse("strict")).hasMessageContaining("none, compiles, min-score=PERCENT");
        assertThatThrownBy(() -> PassPolicy.parse("min-score=lots")).hasMessageContaining("a percentage");
        assertThatThrownBy(() -> PassPolicy.parse("min-score=120")).hasMessageContaining("between 0 and 100");
    }
}
