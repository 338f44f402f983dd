package tangent.suites.lesson07;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson07.HardMarginSvm;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson07.ReferenceHardMarginSvm;

/**
 * The maximum-margin line on the text's point sets (against the reference, which solves the
 * text's Lagrangian) and on random separable sets whose line is known by construction.
 */
@Grades(HardMarginSvm.class)
class HardMarginSvmSuite {

    /**
     * Stationary points of small systems (coordinates up to about 10) come out within about 1e-13
     * whatever the elimination; 1e-7 leaves room for an iterative solver run to convergence.
     */
    private static final Tolerance LINE = Tolerance.of(1e-7, 1e-7);

    private static final double[][] THREE = {{0, 0}, {1, 2}, {2, 1}};
    private static final int[] THREE_LABELS = {-1, 1, 1};
    private static final double[][] SIX = {{-1, -1}, {-3, -1}, {0, 0}, {3, 3}, {1, 2}, {2, 1}};
    private static final int[] SIX_LABELS = {-1, -1, -1, 1, 1, 1};

    private final ReferenceHardMarginSvm reference = new ReferenceHardMarginSvm();

    @Test
    @Points(3)
    @DisplayName("the text's three points: a = b = 2/3, c = -1, objective a^2 + b^2 = 8/9")
    void theTextsThreePoints(HardMarginSvm student) {
        double[] line = check(student, THREE, THREE_LABELS, reference.fit(THREE, THREE_LABELS));
        Checks.close("a^2 + b^2 for the line you found", 8.0 / 9, line[0] * line[0] + line[1] * line[1], LINE);
    }

    @Test
    @Points(2)
    @DisplayName("the text's six points give the same line: only the points on the margin decide it")
    void theTextsSixPoints(HardMarginSvm student) {
        check(student, SIX, SIX_LABELS, reference.fit(SIX, SIX_LABELS));
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("random separable sets of 6 to 12 points with three support vectors: the known line")
    void randomSetsWithThreeSupportVectors(HardMarginSvm student, RandomGenerator random) {
        for (int i = 0; i < 4; i++) {
            SeparableSets.Labelled set = SeparableSets.generate(random, 3, 3 + random.nextInt(7));
            check(student, set.points(), set.labels(), set.line());
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("random separable sets whose line two points decide: their perpendicular bisector")
    void randomSetsWithTwoSupportVectors(HardMarginSvm student, RandomGenerator random) {
        // Fixed first: (0, 0) and (2, 0) alone decide x - 1 = 0; a search over triples only (or one
        // that needs three active constraints) misses it on every seed.
        check(student, new double[][] {{0, 0}, {2, 0}, {-2, 1}, {4, -1}}, new int[] {-1, 1, -1, 1}, new double[] {1, 0, -1});
        for (int i = 0; i < 3; i++) {
            SeparableSets.Labelled set = SeparableSets.generate(random, 2, 4 + random.nextInt(7));
            check(student, set.points(), set.labels(), set.line());
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("swapping the classes negates a, b and c; reordering the points changes nothing")
    void swappedClassesAndReorderedPoints(HardMarginSvm student, RandomGenerator random) {
        // Fixed first: the text's points with their classes swapped, and its six points in reverse order.
        check(student, THREE, new int[] {1, -1, -1}, new double[] {-2.0 / 3, -2.0 / 3, 1});
        double[][] sixReversed = new double[SIX.length][];
        int[] sixReversedLabels = new int[SIX.length];
        for (int i = 0; i < SIX.length; i++) {
            sixReversed[i] = SIX[SIX.length - 1 - i];
            sixReversedLabels[i] = SIX_LABELS[SIX.length - 1 - i];
        }
        check(student, sixReversed, sixReversedLabels, new double[] {2.0 / 3, 2.0 / 3, -1});
        SeparableSets.Labelled set = SeparableSets.generate(random, 3, 5);
        int[] swapped = new int[set.labels().length];
        for (int i = 0; i < swapped.length; i++) {
            swapped[i] = -set.labels()[i];
        }
        double[] line = set.line();
        check(student, set.points(), swapped, new double[] {-line[0], -line[1], -line[2]});
        double[][] reversed = new double[set.points().length][];
        int[] reversedLabels = new int[reversed.length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = set.points()[reversed.length - 1 - i];
            reversedLabels[i] = set.labels()[reversed.length - 1 - i];
        }
        check(student, reversed, reversedLabels, line);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("refuses a single class, classes no line separates, and malformed input")
    void badSetsAreRefused(HardMarginSvm student) {
        Checks.refuses("fit(text's three points, {1, 1, 1})", IllegalArgumentException.class,
                () -> student.fit(Copies.snapshot(THREE), new int[] {1, 1, 1}));
        Checks.refuses("fit({{0, 0}, {1, 1}, {1, 0}, {0, 1}}, {-1, -1, 1, 1}) (no line separates them)",
                IllegalArgumentException.class,
                () -> student.fit(new double[][] {{0, 0}, {1, 1}, {1, 0}, {0, 1}}, new int[] {-1, -1, 1, 1}));
        Checks.refuses("fit(text's three points, {-1, 1})", IllegalArgumentException.class,
                () -> student.fit(Copies.snapshot(THREE), new int[] {-1, 1}));
        Checks.refuses("fit(text's three points, {-1, 2, 1})", IllegalArgumentException.class,
                () -> student.fit(Copies.snapshot(THREE), new int[] {-1, 2, 1}));
        Checks.refuses("fit({{0, 0}, {1}, {2, 1}}, {-1, 1, 1})", IllegalArgumentException.class,
                () -> student.fit(new double[][] {{0, 0}, {1}, {2, 1}}, new int[] {-1, 1, 1}));
        Checks.refuses("fit(text's three points, {-1, 1, 1, 1})", IllegalArgumentException.class,
                () -> student.fit(Copies.snapshot(THREE), new int[] {-1, 1, 1, 1}));
        Checks.refuses("fit({{0, 0}, {1, 2, 0}, {2, 1}}, {-1, 1, 1})", IllegalArgumentException.class,
                () -> student.fit(new double[][] {{0, 0}, {1, 2, 0}, {2, 1}}, new int[] {-1, 1, 1}));
        Checks.refuses("fit(text's three points, {0, 1, 1})", IllegalArgumentException.class,
                () -> student.fit(Copies.snapshot(THREE), new int[] {0, 1, 1}));
    }

    private double[] check(HardMarginSvm student, double[][] points, int[] labels, double[] expected) {
        String what = "fit(" + Numbers.show(points) + ", " + Numbers.show(labels) + ")";
        double[][] givenPoints = Copies.snapshot(points);
        int[] givenLabels = labels.clone();
        double[] actual = student.fit(givenPoints, givenLabels);
        Checks.that(actual != null && actual.length == 3, what + ": expected {a, b, c} = " + Numbers.show(expected)
                + ", got " + Numbers.show(actual) + ".");
        Checks.closeArray(what, expected, actual, LINE, Hint.when(pairs -> {
            double k = pairs.get(0).actual() / pairs.get(0).expected();
            return Double.isFinite(k) && k > 0 && !Hint.close(k, 1)
                    && pairs.stream().allMatch(p -> Hint.close(p.actual(), k * p.expected()));
        }, "your line is the right one, scaled by a factor " + "(a, b, c all multiplied by the same number): scale it so "
                + "that t_i (a x_i + b y_i + c) = 1 for the points on the margin, as the constraints >= 1 demand."),
                Hint.signFlip(),
                Hint.when(pairs -> pairs.stream().allMatch(p -> Math.abs(p.actual()) > 1e3 || !Double.isFinite(p.actual())),
                        "these numbers are huge: a nearly singular system slipped through; keep only candidates that "
                                + "satisfy every constraint, t_i (a x_i + b y_i + c) >= 1 - 1e-9."));
        Checks.that(java.util.Arrays.deepEquals(givenPoints, points) && java.util.Arrays.equals(givenLabels, labels),
                what + " changed the points or labels it was given: read them, do not change them.");
        return actual;
    }
}
