package tangent.suites.lesson07;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson07.SupportVectors;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Numbers;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson07.ReferenceSupportVectors;

/**
 * The support vectors of the text's sets (against the reference) and of random separable sets
 * (known by construction), and the text's "why": the line depends on them alone.
 */
@Grades(SupportVectors.class)
class SupportVectorsSuite {

    private static final double[][] THREE = {{0, 0}, {1, 2}, {2, 1}};
    private static final int[] THREE_LABELS = {-1, 1, 1};
    private static final double[][] SIX = {{-1, -1}, {-3, -1}, {0, 0}, {3, 3}, {1, 2}, {2, 1}};
    private static final int[] SIX_LABELS = {-1, -1, -1, 1, 1, 1};

    private final ReferenceSupportVectors reference = new ReferenceSupportVectors();

    @Test
    @Points(3)
    @DisplayName("the text's six points: (0, 0), (1, 2) and (2, 1), indices {2, 4, 5}, decide the line")
    void theTextsSixPoints(SupportVectors student) {
        check(student, SIX, SIX_LABELS, reference.supportVectors(SIX, SIX_LABELS));
    }

    @Test
    @Points(1)
    @DisplayName("all three of the text's first points are support vectors")
    void theTextsThreePoints(SupportVectors student) {
        check(student, THREE, THREE_LABELS, reference.supportVectors(THREE, THREE_LABELS));
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("random separable sets with three support vectors, two of one class")
    void randomSetsWithThreeSupportVectors(SupportVectors student, RandomGenerator random) {
        for (int i = 0; i < 4; i++) {
            SeparableSets.Labelled set = SeparableSets.generate(random, 3, 3 + random.nextInt(7));
            check(student, set.points(), set.labels(), set.supportVectors());
        }
    }

    @Test
    @Points(0.5)
    @Hidden
    @DisplayName("random separable sets with two support vectors, one of each class")
    void randomSetsWithTwoSupportVectors(SupportVectors student, RandomGenerator random) {
        // Fixed first: (0, 0) and (2, 0) alone decide x - 1 = 0; the other two are 2 beyond the margin.
        check(student, new double[][] {{-2, 1}, {0, 0}, {4, -1}, {2, 0}}, new int[] {-1, -1, 1, 1}, new int[] {1, 3});
        for (int i = 0; i < 3; i++) {
            SeparableSets.Labelled set = SeparableSets.generate(random, 2, 4 + random.nextInt(7));
            check(student, set.points(), set.labels(), set.supportVectors());
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("only the support vectors matter: alone they are all support vectors, and far points added change nothing")
    void onlyTheSupportVectorsMatter(SupportVectors student, RandomGenerator random) {
        SeparableSets.Labelled set = SeparableSets.generate(random, 3, 6);
        check(student, set.points(), set.labels(), set.supportVectors());
        int[] support = set.supportVectors();
        double[][] alone = new double[support.length][];
        int[] aloneLabels = new int[support.length];
        for (int i = 0; i < support.length; i++) {
            alone[i] = set.points()[support[i]];
            aloneLabels[i] = set.labels()[support[i]];
        }
        int[] all = new int[support.length];
        Arrays.setAll(all, i -> i);
        check(student, alone, aloneLabels, all);
        // Push every other point twice as far beyond its margin: the support vectors stay the same.
        double[] line = set.line();
        double[][] farther = Copies.snapshot(set.points());
        for (int i = 0; i < farther.length; i++) {
            if (Arrays.binarySearch(support, i) < 0) {
                double norm2 = line[0] * line[0] + line[1] * line[1];
                double excess = set.labels()[i] * (line[0] * farther[i][0] + line[1] * farther[i][1] + line[2]) - 1;
                farther[i][0] += set.labels()[i] * excess * line[0] / norm2;
                farther[i][1] += set.labels()[i] * excess * line[1] / norm2;
            }
        }
        check(student, farther, set.labels(), support);
    }

    @Test
    @Points(0.5)
    @Hidden
    @DisplayName("refuses what the hard-margin problem refuses: one class, inseparable classes, malformed input")
    void badSetsAreRefused(SupportVectors student) {
        Checks.refuses("supportVectors(text's three points, {1, 1, 1})", IllegalArgumentException.class,
                () -> student.supportVectors(Copies.snapshot(THREE), new int[] {1, 1, 1}));
        Checks.refuses("supportVectors({{0, 0}, {1, 1}, {1, 0}, {0, 1}}, {-1, -1, 1, 1}) (no line separates them)",
                IllegalArgumentException.class, () -> student.supportVectors(
                        new double[][] {{0, 0}, {1, 1}, {1, 0}, {0, 1}}, new int[] {-1, -1, 1, 1}));
        Checks.refuses("supportVectors(text's three points, {-1, 1})", IllegalArgumentException.class,
                () -> student.supportVectors(Copies.snapshot(THREE), new int[] {-1, 1}));
        Checks.refuses("supportVectors(text's three points, {-1, 2, 1})", IllegalArgumentException.class,
                () -> student.supportVectors(Copies.snapshot(THREE), new int[] {-1, 2, 1}));
        Checks.refuses("supportVectors({{0, 0}, {1}, {2, 1}}, {-1, 1, 1})", IllegalArgumentException.class,
                () -> student.supportVectors(new double[][] {{0, 0}, {1}, {2, 1}}, new int[] {-1, 1, 1}));
    }

    private void check(SupportVectors student, double[][] points, int[] labels, int[] expected) {
        String what = "supportVectors(" + Numbers.show(points) + ", " + Numbers.show(labels) + ")";
        double[][] givenPoints = Copies.snapshot(points);
        int[] givenLabels = labels.clone();
        int[] actual = student.supportVectors(givenPoints, givenLabels);
        Checks.that(Arrays.deepEquals(givenPoints, points) && Arrays.equals(givenLabels, labels),
                what + " changed the points or labels it was given: read them, do not change them.");
        if (Arrays.equals(expected, actual)) {
            return;
        }
        String hint = "";
        if (actual != null && actual.length == 2 && actual.length < expected.length
                && labels[actual[0]] != labels[actual[1]]
                && Arrays.stream(actual).allMatch(i -> Arrays.binarySearch(expected, i) >= 0)) {
            hint = " Hint: a class can have more than one point on the margin. Take every point with t_i (a x_i + b y_i"
                    + " + c) = 1 (within 1e-6), not just the closest point of each class.";
        } else if (actual != null && Arrays.stream(actual).sorted().boxed().toList()
                .equals(Arrays.stream(expected).boxed().toList())) {
            hint = " Hint: list the indices in increasing order.";
        } else if (actual != null && actual.length > expected.length) {
            hint = " Hint: only the points exactly on the margin count (t_i (a x_i + b y_i + c) within 1e-6 of 1).";
        }
        Checks.that(false, what + ": expected the indices " + Numbers.show(expected) + ", got " + Numbers.show(actual)
                + "." + hint);
    }
}
