package tangent.suites.lesson07;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson07.PointLineDistance;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson07.ReferencePointLineDistance;

/** The distance formula, signed and unsigned, and the margin of a line, against the reference. */
@Grades(PointLineDistance.class)
class PointLineDistanceSuite {

    /** One quotient evaluated in another order (or with sqrt for hypot) differs by rounding only. */
    private static final Tolerance DISTANCE = Tolerance.of(1e-12, 1e-9);

    private static final double[][] TEXT_POINTS = {{0, 0}, {1, 2}, {2, 1}};
    private static final double[] TEXT_LINE = {2.0 / 3, 2.0 / 3, -1};

    private final ReferencePointLineDistance reference = new ReferencePointLineDistance();

    /** The answer is the signed distance: a distance without the absolute value. */
    private static final Hint NO_ABSOLUTE_VALUE = Hint.when(
            pairs -> pairs.stream().allMatch(p -> Hint.close(Math.abs(p.actual()), p.expected()))
                    && pairs.stream().anyMatch(p -> p.actual() < 0 && p.expected() > 0),
            "a distance is never negative: take the absolute value, |a x0 + b y0 + c| / sqrt(a^2 + b^2).");

    @Test
    @Points(2)
    @DisplayName("the text's line 2/3 x + 2/3 y - 1 = 0 is 1/sqrt(8/9) = 1.06066 from (0, 0), (1, 2) and (2, 1)")
    void theTextsPoints(PointLineDistance student) {
        double a = TEXT_LINE[0];
        double b = TEXT_LINE[1];
        double c = TEXT_LINE[2];
        double[] expected = new double[3];
        double[] actual = new double[3];
        double[] withoutRoot = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = reference.distance(a, b, c, TEXT_POINTS[i][0], TEXT_POINTS[i][1]);
            actual[i] = student.distance(a, b, c, TEXT_POINTS[i][0], TEXT_POINTS[i][1]);
            withoutRoot[i] = expected[i] * Math.sqrt(a * a + b * b) / (a * a + b * b);
        }
        Checks.closeArray("distance(2/3, 2/3, -1, x0, y0) for (0, 0), (1, 2), (2, 1)", expected, actual, DISTANCE,
                NO_ABSOLUTE_VALUE, Hint.when(pairs -> matchesAll(pairs, withoutRoot),
                        "divide by sqrt(a^2 + b^2), the length of the normal (a, b), not by a^2 + b^2."));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("distances of random points to random lines, on both sides")
    void randomDistances(PointLineDistance student, RandomGenerator random) {
        for (int i = 0; i < 20; i++) {
            double[] line = randomLine(random);
            double x = -10 + 20 * random.nextDouble();
            double y = -10 + 20 * random.nextDouble();
            Checks.close("distance(" + Numbers.show(line).replaceAll("[{}]", "") + ", " + Numbers.show(x) + ", "
                    + Numbers.show(y) + ")", reference.distance(line[0], line[1], line[2], x, y),
                    student.distance(line[0], line[1], line[2], x, y), DISTANCE, NO_ABSOLUTE_VALUE,
                    Hint.matches(java.util.List.of(Math.abs(line[0] * x + line[1] * y + line[2])
                            / (line[0] * line[0] + line[1] * line[1])),
                            "divide by sqrt(a^2 + b^2), the length of the normal (a, b), not by a^2 + b^2."));
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("signed distances: positive on the side the normal (a, b) points to")
    void signedDistances(PointLineDistance student, RandomGenerator random) {
        // Fixed first: the text's line with (0, 0) on its negative side and (1, 2) on its positive
        // one, and x = 0 with a point on each side, so a flipped or missing sign fails on every seed.
        double[][] fixed = {{2.0 / 3, 2.0 / 3, -1, 0, 0}, {2.0 / 3, 2.0 / 3, -1, 1, 2}, {1, 0, 0, -2, 7}, {1, 0, 0, 3, -1}};
        for (double[] f : fixed) {
            checkSigned(student, new double[] {f[0], f[1], f[2]}, f[3], f[4]);
        }
        for (int i = 0; i < 15; i++) {
            checkSigned(student, randomLine(random), -10 + 20 * random.nextDouble(), -10 + 20 * random.nextDouble());
        }
    }

    private void checkSigned(PointLineDistance student, double[] line, double x, double y) {
        Checks.close("signedDistance(" + Numbers.show(line).replaceAll("[{}]", "") + ", " + Numbers.show(x) + ", "
                + Numbers.show(y) + ")", reference.signedDistance(line[0], line[1], line[2], x, y),
                student.signedDistance(line[0], line[1], line[2], x, y), DISTANCE,
                Hint.factor(-1, "the sign is the other way round: positive where a x0 + b y0 + c > 0, the side "
                        + "(a, b) points to."),
                Hint.when(pairs -> pairs.stream().allMatch(p -> Hint.close(p.actual(), Math.abs(p.expected())))
                        && pairs.stream().anyMatch(p -> p.expected() < 0),
                        "the signed distance keeps its sign: no absolute value here."));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("the same line written as k a x + k b y + k c = 0, k negative too, is the same distance away")
    void scaledEquationsGiveTheSameDistance(PointLineDistance student, RandomGenerator random) {
        double[] line = randomLine(random);
        double x = -10 + 20 * random.nextDouble();
        double y = -10 + 20 * random.nextDouble();
        double expected = reference.distance(line[0], line[1], line[2], x, y);
        for (double k : new double[] {-3, -0.5, 2, 1000}) {
            Checks.close("distance(" + Numbers.show(k * line[0]) + ", " + Numbers.show(k * line[1]) + ", "
                    + Numbers.show(k * line[2]) + ", " + Numbers.show(x) + ", " + Numbers.show(y) + "), the line "
                    + Numbers.show(line) + " times " + Numbers.show(k), expected,
                    student.distance(k * line[0], k * line[1], k * line[2], x, y), DISTANCE,
                    Hint.factor(-1, "a x0 + b y0 + c changes sign with k (and with the side of the point), the "
                            + "distance must not: take the absolute value."),
                    Hint.factor(Math.abs(k), "multiplying a, b and c by k multiplies a x0 + b y0 + c by k, and "
                            + "sqrt(a^2 + b^2) by |k|: divide by the norm so that the distance does not change."));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("the margin: the smallest distance from random point sets to random lines")
    void margins(PointLineDistance student, RandomGenerator random) {
        for (int i = 0; i < 6; i++) {
            double[] line = randomLine(random);
            double[][] points = new double[2 + random.nextInt(8)][];
            for (int j = 0; j < points.length; j++) {
                points[j] = new double[] {-10 + 20 * random.nextDouble(), -10 + 20 * random.nextDouble()};
            }
            double largest = 0;
            for (double[] p : points) {
                largest = Math.max(largest, reference.distance(line[0], line[1], line[2], p[0], p[1]));
            }
            Checks.close("margin(" + Numbers.show(line).replaceAll("[{}]", "") + ", " + Numbers.show(points) + ")",
                    reference.margin(line[0], line[1], line[2], points), student.margin(line[0], line[1], line[2],
                            Copies.snapshot(points)), DISTANCE,
                    Hint.matches(java.util.List.of(largest), "that is the largest distance; the margin is the smallest."),
                    Hint.when(pairs -> pairs.get(0).actual() < 0, "a margin is a distance, never negative: take the "
                            + "absolute value in each distance."));
        }
        Checks.close("margin(2/3, 2/3, -1, {{0, 0}, {1, 2}, {2, 1}})", 1 / Math.sqrt(8.0 / 9),
                student.margin(TEXT_LINE[0], TEXT_LINE[1], TEXT_LINE[2], Copies.snapshot(TEXT_POINTS)), DISTANCE);
        // The text's points are all equally far: here they are not. x = 0 is 1, 3 and 2 away from
        // these (signed 1, -3, 2), so the largest distance or the smallest signed one fails on every seed.
        double[][] unequal = {{1, 0}, {-3, 2}, {2, 5}};
        double[][] given = Copies.snapshot(unequal);
        Checks.close("margin(1, 0, 0, {{1, 0}, {-3, 2}, {2, 5}})", 1, student.margin(1, 0, 0, given), DISTANCE,
                Hint.matches(java.util.List.of(3.0), "that is the largest distance; the margin is the smallest."),
                Hint.when(pairs -> pairs.get(0).actual() < 0, "a margin is a distance, never negative: take the "
                        + "absolute value in each distance."));
        Checks.that(java.util.Arrays.deepEquals(given, unequal), "margin(1, 0, 0, {{1, 0}, {-3, 2}, {2, 5}}) changed "
                + "the points it was given to " + Numbers.show(given) + ": read them, do not change them.");
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a = b = 0 is refused by every method, and so are an empty point set and infinite numbers")
    void degenerateLinesAreRefused(PointLineDistance student) {
        Checks.refuses("distance(0, 0, 1, 2, 3)", IllegalArgumentException.class, () -> student.distance(0, 0, 1, 2, 3));
        Checks.refuses("distance(0, 0, 0, 2, 3)", IllegalArgumentException.class, () -> student.distance(0, 0, 0, 2, 3));
        Checks.refuses("signedDistance(0, 0, 1, 2, 3)", IllegalArgumentException.class,
                () -> student.signedDistance(0, 0, 1, 2, 3));
        Checks.refuses("margin(0, 0, 1, {{1, 1}})", IllegalArgumentException.class,
                () -> student.margin(0, 0, 1, new double[][] {{1, 1}}));
        Checks.refuses("margin(1, 1, 1, {})", IllegalArgumentException.class,
                () -> student.margin(1, 1, 1, new double[0][]));
        Checks.refuses("distance(1, Infinity, 0, 2, 3)", IllegalArgumentException.class,
                () -> student.distance(1, Double.POSITIVE_INFINITY, 0, 2, 3));
        // Every method, every number: a, b, c and the point.
        Checks.refuses("distance(NaN, 1, 0, 2, 3)", IllegalArgumentException.class,
                () -> student.distance(Double.NaN, 1, 0, 2, 3));
        Checks.refuses("distance(1, 1, Infinity, 2, 3)", IllegalArgumentException.class,
                () -> student.distance(1, 1, Double.POSITIVE_INFINITY, 2, 3));
        Checks.refuses("distance(1, 1, 0, NaN, 3)", IllegalArgumentException.class,
                () -> student.distance(1, 1, 0, Double.NaN, 3));
        Checks.refuses("signedDistance(1, 1, NaN, 2, 3)", IllegalArgumentException.class,
                () -> student.signedDistance(1, 1, Double.NaN, 2, 3));
        Checks.refuses("signedDistance(1, 1, 0, 2, -Infinity)", IllegalArgumentException.class,
                () -> student.signedDistance(1, 1, 0, 2, Double.NEGATIVE_INFINITY));
        Checks.refuses("margin(1, NaN, 0, {{1, 1}})", IllegalArgumentException.class,
                () -> student.margin(1, Double.NaN, 0, new double[][] {{1, 1}}));
        Checks.refuses("margin(1, 1, 0, {{1, 1}, {Infinity, 0}})", IllegalArgumentException.class,
                () -> student.margin(1, 1, 0, new double[][] {{1, 1}, {Double.POSITIVE_INFINITY, 0}}));
    }

    /** a and b in [-5, 5] (not both small), c in [-10, 10]. */
    private static double[] randomLine(RandomGenerator random) {
        double a;
        double b;
        do {
            a = -5 + 10 * random.nextDouble();
            b = -5 + 10 * random.nextDouble();
        } while (Math.hypot(a, b) < 0.1);
        return new double[] {a, b, -10 + 20 * random.nextDouble()};
    }

    private static boolean matchesAll(java.util.List<Hint.Pair> pairs, double[] wrong) {
        for (int i = 0; i < pairs.size(); i++) {
            if (!Hint.close(pairs.get(i).actual(), wrong[i])) {
                return false;
            }
        }
        return pairs.stream().anyMatch(p -> !Hint.close(p.actual(), p.expected()));
    }
}
