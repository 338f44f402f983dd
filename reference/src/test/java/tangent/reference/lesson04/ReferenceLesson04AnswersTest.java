package tangent.reference.lesson04;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CAS table's Jacobians, split into entries, are the text's. */
class ReferenceLesson04AnswersTest {

    @Test
    void productPairFromTheTable() {
        assertThat(new ReferenceJacobianFormulas().productPair())
                .isDeepEqualTo(new String[][] {{"2*y", "2*x"}, {"2*x*y", "x^2"}});
    }

    @Test
    void sigmoidLayerIsThreeByTwo() {
        String[][] j = new ReferenceJacobianFormulas().sigmoidLayer();
        assertThat(j).hasNumberOfRows(3);
        assertThat(j[0]).hasSize(2);
        assertThat(j[2][1]).contains("u");
    }
}
