package tangent.suites.lesson07;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson07.SvmLagrangian;
import tangent.exercises.lesson07.SvmLagrangianMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.KnownMistake;
import tangent.grader.check.Numbers;
import tangent.grader.check.ReferenceAnswers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson07.ReferenceSvmLagrangian;

/**
 * The text's Lagrangian and its partial derivatives as formulas (against symja's), and its
 * stationary points for given active sets (against Commons Math's LU solution).
 */
@Grades(SvmLagrangian.class)
class SvmLagrangianSuite {

    /**
     * Whole-number data up to 5 keep these small systems well conditioned (condition numbers up to
     * about 1e4), so elimination in any order agrees with LU to about 1e-12.
     */
    private static final Tolerance SOLUTION = Tolerance.of(1e-8, 1e-8);

    private static final double[][] TEXT_POINTS = {{0, 0}, {1, 2}, {2, 1}};
    private static final int[] TEXT_LABELS = {-1, 1, 1};
    /** The text's points and (3, 3) in class -1: whole numbers whose active sets out of order decide. */
    private static final double[][] FOUR_POINTS = {{0, 0}, {1, 2}, {2, 1}, {3, 3}};
    private static final int[] FOUR_LABELS = {-1, 1, 1, -1};

    private final ReferenceSvmLagrangian reference = new ReferenceSvmLagrangian();

    @Test
    @Points(2)
    @DisplayName("the text's Lagrangian a^2 + b^2 + l1(-c - 1) + l2(a + 2b + c - 1) + l3(2a + b + c - 1)")
    void theTextsLagrangian(SvmLagrangian student, RandomGenerator random) {
        checkLagrangian(student, TEXT_POINTS, TEXT_LABELS, random);
    }

    @Test
    @Points(3)
    @DisplayName("the six partial derivatives of the text's Lagrangian")
    void theTextsPartialDerivatives(SvmLagrangian student, RandomGenerator random) {
        checkPartials(student, TEXT_POINTS, TEXT_LABELS, random);
    }

    @Test
    @Points(2)
    @DisplayName("all three constraints active: a = b = 2/3, c = -1, multipliers -8/9, -4/9, -4/9")
    void theTextsStationaryPoint(SvmLagrangian student) {
        checkStationaryPoint(student, TEXT_POINTS, TEXT_LABELS, new int[] {0, 1, 2});
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("Lagrangians and partial derivatives for random whole-number point sets")
    void randomLagrangians(SvmLagrangian student, RandomGenerator random) {
        for (int count : new int[] {4, 5}) {
            SeparableSets.Labelled set = SeparableSets.wholeNumbers(random, count);
            checkLagrangian(student, set.points(), set.labels(), random);
            checkPartials(student, set.points(), set.labels(), random);
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("stationary points for active sets out of index order, and for random whole-number point sets and active sets")
    void randomStationaryPoints(SvmLagrangian student, RandomGenerator random) {
        // Fixed first: active sets out of index order, so that multipliers listed in index order
        // (not in active's order) fail on every seed; drawn active sets are often ascending.
        checkStationaryPoint(student, TEXT_POINTS, TEXT_LABELS, new int[] {2, 0, 1});
        checkStationaryPoint(student, FOUR_POINTS, FOUR_LABELS, new int[] {3, 0});
        checkStationaryPoint(student, FOUR_POINTS, FOUR_LABELS, new int[] {2, 3, 0});
        int checked = 0;
        while (checked < 6) {
            SeparableSets.Labelled set = SeparableSets.wholeNumbers(random, 4 + random.nextInt(3));
            int size = 1 + random.nextInt(3);
            List<Integer> indices = new ArrayList<>(IntStream.range(0, set.points().length).boxed().toList());
            int[] active = new int[size];
            for (int i = 0; i < size; i++) {
                active[i] = indices.remove(random.nextInt(indices.size()));
            }
            try {
                reference.stationaryPoint(set.points(), set.labels(), active);
            } catch (IllegalArgumentException singular) {
                continue; // only systems with a unique solution here; refusals are tested below
            }
            checkStationaryPoint(student, set.points(), set.labels(), active);
            checked++;
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("refuses no active constraint, a repeated or out-of-range index, a singular system, no points, bad rows and bad labels")
    void badInputIsRefused(SvmLagrangian student) {
        Checks.refuses("stationaryPoint(text's points, {})", IllegalArgumentException.class,
                () -> student.stationaryPoint(Copies.snapshot(TEXT_POINTS), TEXT_LABELS.clone(), new int[0]));
        Checks.refuses("stationaryPoint(text's points, {1, 1})", IllegalArgumentException.class,
                () -> student.stationaryPoint(Copies.snapshot(TEXT_POINTS), TEXT_LABELS.clone(), new int[] {1, 1}));
        Checks.refuses("stationaryPoint(text's points, {0, 3})", IllegalArgumentException.class,
                () -> student.stationaryPoint(Copies.snapshot(TEXT_POINTS), TEXT_LABELS.clone(), new int[] {0, 3}));
        Checks.refuses("stationaryPoint(text's points, {-1, 0})", IllegalArgumentException.class,
                () -> student.stationaryPoint(Copies.snapshot(TEXT_POINTS), TEXT_LABELS.clone(), new int[] {-1, 0}));
        Checks.refuses("stationaryPoint(text's points, {-1, 1, 0}, {0, 1})", IllegalArgumentException.class,
                () -> student.stationaryPoint(Copies.snapshot(TEXT_POINTS), new int[] {-1, 1, 0}, new int[] {0, 1}));
        Checks.refuses("stationaryPoint({}, {}, {0})", IllegalArgumentException.class,
                () -> student.stationaryPoint(new double[0][], new int[0], new int[] {0}));
        Checks.refuses("lagrangian({}, {})", IllegalArgumentException.class,
                () -> student.lagrangian(new double[0][], new int[0]));
        Checks.refuses("partialDerivatives({{0, 0}, {1}, {2, 1}}, {-1, 1, 1})", IllegalArgumentException.class,
                () -> student.partialDerivatives(new double[][] {{0, 0}, {1}, {2, 1}}, TEXT_LABELS.clone()));
        Checks.refuses("lagrangian({{0, 0}, {1, 2, 3}, {2, 1}}, {-1, 1, 1})", IllegalArgumentException.class,
                () -> student.lagrangian(new double[][] {{0, 0}, {1, 2, 3}, {2, 1}}, TEXT_LABELS.clone()));
        Checks.refuses("stationaryPoint({{1, 1}, {1, 1}, {0, 0}}, {1, 1, -1}, {0, 1}) (the same constraint twice)",
                IllegalArgumentException.class, () -> student.stationaryPoint(new double[][] {{1, 1}, {1, 1}, {0, 0}},
                        new int[] {1, 1, -1}, new int[] {0, 1}));
        Checks.refuses("lagrangian(text's points, {0, 1, 1})", IllegalArgumentException.class,
                () -> student.lagrangian(Copies.snapshot(TEXT_POINTS), new int[] {0, 1, 1}));
        Checks.refuses("partialDerivatives(text's points, {-1, 1})", IllegalArgumentException.class,
                () -> student.partialDerivatives(Copies.snapshot(TEXT_POINTS), new int[] {-1, 1}));
    }

    private void checkLagrangian(SvmLagrangian student, double[][] points, int[] labels, RandomGenerator random) {
        String what = "lagrangian(" + Numbers.show(points) + ", " + Numbers.show(labels) + ")";
        ExpressionCheck check = ExpressionCheck.in(variables(points.length));
        String answer = student.lagrangian(Copies.snapshot(points), labels.clone());
        String expected = reference.lagrangian(points, labels);
        // the known mistake (the minus convention) is shared with the public samples
        KnownMistake.check(check, what, answer, expected, random, SvmLagrangianMistakes.lagrangian(expected));
    }

    private void checkPartials(SvmLagrangian student, double[][] points, int[] labels, RandomGenerator random) {
        String what = "partialDerivatives(" + Numbers.show(points) + ", " + Numbers.show(labels) + ")";
        ExpressionCheck check = ExpressionCheck.in(variables(points.length));
        String[] answer = student.partialDerivatives(Copies.snapshot(points), labels.clone());
        // The CAS differentiates the same seeded Lagrangians for every submission: once per worker.
        String[] expected = ReferenceAnswers.of("L07 partialDerivatives", () -> reference.partialDerivatives(points, labels),
                points, labels);
        KnownMistake.checkVector(check, what + ", in the order dL/da, dL/db, dL/dc, dL/dl1, ...", answer, expected, random,
                SvmLagrangianMistakes.partialDerivatives(expected));
    }

    private void checkStationaryPoint(SvmLagrangian student, double[][] points, int[] labels, int[] active) {
        String what = "stationaryPoint(" + Numbers.show(points) + ", " + Numbers.show(labels) + ", "
                + Numbers.show(active) + ")";
        double[] expected = reference.stationaryPoint(points, labels, active);
        double[][] givenPoints = Copies.snapshot(points);
        int[] givenLabels = labels.clone();
        int[] givenActive = active.clone();
        double[] actual = student.stationaryPoint(givenPoints, givenLabels, givenActive);
        Checks.that(actual != null && actual.length == expected.length, what + ": expected " + expected.length
                + " numbers {a, b, c, then one multiplier per active constraint} " + Numbers.show(expected) + ", got "
                + Numbers.show(actual) + ".");
        Checks.closeArray(what, expected, actual, SOLUTION, Hint.when(pairs -> {
            boolean flipped = false;
            for (int i = 0; i < pairs.size(); i++) {
                double want = i < 3 ? pairs.get(i).expected() : -pairs.get(i).expected();
                if (!Hint.close(pairs.get(i).actual(), want)) {
                    return false;
                }
                flipped |= i >= 3 && pairs.get(i).expected() != 0;
            }
            return flipped;
        }, "a, b and c are right, the multipliers have the opposite sign: the text's Lagrangian adds l_i (t_i (a x_i + "
                + "b y_i + c) - 1), so dL/da = 2a + sum l_i t_i x_i."),
                Hint.matches(inIndexOrder(expected, active), "the multipliers are in index order, not in the order of "
                        + "active: the answer is {a, b, c, l_active[0], l_active[1], ...}, here the multipliers of the "
                        + "points " + Numbers.show(active) + " in that order."));
        Checks.that(Arrays.deepEquals(givenPoints, points) && Arrays.equals(givenLabels, labels)
                && Arrays.equals(givenActive, active), what + " changed an array it was given (points, labels or "
                + "active): read them, do not change them.");
    }

    /** The answer with the multipliers of {@code expected} rearranged by increasing point index. */
    private static double[] inIndexOrder(double[] expected, int[] active) {
        Integer[] byIndex = new Integer[active.length];
        for (int j = 0; j < active.length; j++) {
            byIndex[j] = j;
        }
        Arrays.sort(byIndex, java.util.Comparator.comparingInt(j -> active[j]));
        double[] wrong = expected.clone();
        for (int m = 0; m < active.length; m++) {
            wrong[3 + m] = expected[3 + byIndex[m]];
        }
        return wrong;
    }

    private static String[] variables(int n) {
        return IntStream.range(0, n + 3).mapToObj(ReferenceSvmLagrangian::variable).toArray(String[]::new);
    }
}
