package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CopiesTest {

    @Test
    void anArgumentThatDriftedByOneUlpWasChanged() {
        double[] point = {1.5, -2.0};
        double[] before = Copies.snapshot(point);
        assertThatCode(() -> Copies.unchanged("point", before, point)).doesNotThrowAnyException();
        point[1] = Math.nextUp(point[1]);
        assertThatThrownBy(() -> Copies.unchanged("point", before, point)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("point was changed").hasMessageContaining("element [1]: -2.0 became -1.9999999999999998");
    }

    @Test
    void zeroBecomingMinusZeroIsAChangeToo() {
        double[] values = {0.0};
        double[] before = Copies.snapshot(values);
        values[0] = -0.0;
        assertThatThrownBy(() -> Copies.unchanged("values", before, values)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aMatrixSnapshotIsDeepSoAChangedEntryIsSeen() {
        double[][] m = {{1, 2}, {3, 4}};
        double[][] before = Copies.snapshot(m);
        m[1][0] = 3.0000001;
        assertThatThrownBy(() -> Copies.unchanged("J", before, m)).hasMessageContaining("{{1, 2}, {3, 4}} before");
    }

    @Test
    void returningTheArgumentOrOneOfItsRowsIsAliasing() {
        double[][] given = {{1, 2}, {3, 4}};
        assertThatThrownBy(() -> Copies.notAliased("chain(J)", given, (Object) given))
                .hasMessageContaining("returned the array it was given");
        double[][] sharesARow = {given[0], {5, 6}};
        assertThatThrownBy(() -> Copies.notAliased("chain(J)", sharesARow, (Object) given))
                .hasMessageContaining("a row of the matrix it was given");
        assertThatCode(() -> Copies.notAliased("chain(J)", Copies.snapshot(given), (Object) given))
                .doesNotThrowAnyException();
        double[] input = {0.5, -1};
        assertThatThrownBy(() -> Copies.notAliased("layer(W, a)", new double[][] {input}, given, input))
                .hasMessageContaining("returned an array it was given as a row of its answer");
    }

    @Test
    void anInternalArrayHandedOutTwiceIsNotFresh() {
        double[] cached = {1, 2};
        assertThatThrownBy(() -> Copies.fresh("grid()", () -> cached)).hasMessageContaining("same array object twice");
        assertThatCode(() -> Copies.fresh("grid()", () -> new double[] {1, 2})).doesNotThrowAnyException();
        double[] shared = {7};
        double[][] rows = {shared, shared};
        assertThatThrownBy(() -> Copies.freshRows("m()", () -> new double[][] {rows[0], rows[1]}))
                .hasMessageContaining("rows 0 and 1 are the same array object");
        String[] formulas = {"x"};
        assertThatThrownBy(() -> Copies.freshStrings("f()", () -> formulas)).hasMessageContaining("same array object");
    }

    @Test
    void valuesAreShownByTheirContentsNeverByIdentity() {
        assertThat(Numbers.show((Object) new double[][] {{1, 2.5}, {3, 4}})).isEqualTo("{{1, 2.5}, {3, 4}}");
        assertThat(Numbers.show((Object) new int[] {1, 2})).isEqualTo("{1, 2}");
        assertThat(Numbers.show((Object) new String[] {"x", null})).isEqualTo("{\"x\", null}");
        assertThat(Numbers.show((Object) 0.1)).isEqualTo("0.1");
        Object studentObject = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("student code must not run here");
            }
        };
        assertThat(Numbers.show(studentObject)).startsWith("a ");
        assertThatThrownBy(() -> Checks.refuses("m()", IllegalArgumentException.class, () -> new double[][] {{1}}))
                .hasMessageEndingWith("but returned {{1}}");
    }
}
