package tangent.suites.lesson03;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson03.DirectionScan;
import tangent.exercises.lesson03.FastestIncrease;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson03.ReferenceFastestIncrease;

/**
 * The text's scan of directions: its printed numbers, then the scan elsewhere against the gradient's
 * own direction (exact, by automatic differentiation), the angle convention, and the task's question
 * as a yes or no.
 *
 * <p>The angle convention is the text's: dx = sin(angle), dy = cos(angle), so angles run from the +y
 * axis towards the +x axis and the direction of a vector (gx, gy) is atan2(gx, gy). The common slip
 * is atan2(gy, gx), the angle from the x axis, which gives 90 degrees minus the right one.
 */
@Grades(FastestIncrease.class)
class FastestIncreaseSuite {

    /** x^2 + y^3 as the text's numpy evaluates it ({@code **} is pow), so the printed digits come back. */
    private static final DoubleBinaryOperator TEXT = (x, y) -> Math.pow(x, 2) + Math.pow(y, 3);
    private static final DoubleBinaryOperator BOWL = (x, y) -> Math.pow(x, 2) + Math.pow(y, 2);
    private static final String TEXT_NAME = "x^2 + y^3";
    private static final String BOWL_NAME = "x^2 + y^2";

    /** The text's settings and its printed output. */
    private static final double STEP = 0.0001;
    private static final double ANGLE_STEP = 0.1;
    private static final double TEXT_ANGLE = 8.4;
    private static final double TEXT_GX = 3.987419245872443;
    private static final double TEXT_GY = 27.002750276227097;

    /**
     * The scan's numbers are forward quotients with step 1e-4: rounding in f (about 1e-16 of |f| = 31
     * at (2, 3)) and in the trial point (an ulp of 3 times |grad f| = 27) is divided by the step,
     * about 1e-10 per evaluation. 1e-9 allows ten of those, so the same formulas in another order
     * (Math.toRadians, angles accumulated by adding 0.1) pass, while another scheme (a central
     * quotient, a different step) misses by 1e-4 or more.
     */
    private static final Tolerance QUOTIENT = Tolerance.of(1e-9, 1e-12);
    /** Grid angles computed as k * 0.1 or by adding 0.1 k times differ by far less than 1e-6 degree. */
    private static final Tolerance GRID_ANGLE = Tolerance.of(1e-6, 0);
    /** atan2 and a conversion to degrees: rounding only. */
    private static final Tolerance ANGLE = Tolerance.of(1e-9, 1e-12);

    private final ReferenceFastestIncrease reference = new ReferenceFastestIncrease();

    // ---- the scan -------------------------------------------------------------------------------

    @Test
    @Points(3)
    @DisplayName("the text's scan of x^2 + y^3 at (2, 3): 8.4 degrees and (3.987419245872443, 27.002750276227097)")
    void theTextsScan(FastestIncrease student) {
        DirectionScan scan = student.scan(TEXT, 2, 3, ANGLE_STEP, STEP);
        String call = "scan(" + TEXT_NAME + ", 2, 3, 0.1, 0.0001)";
        Checks.that(scan != null, call + " returned null: return a DirectionScan.");
        Checks.close(call + ".angleDegrees()", TEXT_ANGLE, scan.angleDegrees(), GRID_ANGLE,
                Hint.matches(List.of(81.6), "81.6 is the angle measured from the x axis; the text takes "
                        + "dx = sin(angle) * step and dy = cos(angle) * step, which measures it from the y axis."),
                Hint.matches(List.of(Math.toRadians(TEXT_ANGLE)), "that is the angle in radians; report degrees."));
        Checks.close(call + ".gradientX()", TEXT_GX, scan.gradientX(), QUOTIENT,
                Hint.matches(List.of(TEXT_GY), "that is the y component: gradientX is sin(angle) * rate."));
        Checks.close(call + ".gradientY()", TEXT_GY, scan.gradientY(), QUOTIENT);
        Checks.close(call + ".rate()", Math.hypot(TEXT_GX, TEXT_GY), scan.rate(), QUOTIENT);
    }

    @Test
    @Points(2)
    @DisplayName("the task's scan of x^2 + y^2 at (1, 1) finds 45 degrees and about (2, 2)")
    void theTasksScan(FastestIncrease student) {
        checkScanExactly(student, BOWL, BOWL_NAME, 1, 1, ANGLE_STEP, STEP);
    }

    /** The student's scan against the reference's on the same grid: the same angle, the same quotients. */
    private void checkScanExactly(FastestIncrease student, DoubleBinaryOperator f, String name, double x, double y,
            double angleStep, double step, Hint... angleHints) {
        DirectionScan expected = reference.scan(f, x, y, angleStep, step);
        String call = "scan(" + name + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ", " + Numbers.show(angleStep) + ", "
                + Numbers.show(step) + ")";
        DirectionScan scan = student.scan(f, x, y, angleStep, step);
        Checks.that(scan != null, call + " returned null: return a DirectionScan.");
        // An angle is a direction: 359.99999999999 (angles accumulated by adding the step) is 0 up to rounding.
        double angle = ReferenceFastestIncrease.angleBetween(scan.angleDegrees(), expected.angleDegrees()) <= 1e-9
                && scan.angleDegrees() >= 0 && scan.angleDegrees() < 360 ? expected.angleDegrees() : scan.angleDegrees();
        Checks.close(call + ".angleDegrees()", expected.angleDegrees(), angle, GRID_ANGLE, angleHints);
        Checks.close(call + ".rate()", expected.rate(), scan.rate(), QUOTIENT);
        Checks.close(call + ".gradientX()", expected.gradientX(), scan.gradientX(), QUOTIENT);
        Checks.close(call + ".gradientY()", expected.gradientY(), scan.gradientY(), QUOTIENT);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("scans of other functions at other points point along the gradient, for several angle steps")
    void scanElsewhere(FastestIncrease student, RandomGenerator random) {
        // Fixed first, so every seed sees them: the scan's own angle step (45 degrees tries 0, 45, ..., so
        // 8.4 is not among them and 0 wins) and its own step (0.01 moves the best rate off 8.4 degrees).
        checkScanExactly(student, TEXT, TEXT_NAME, 2, 3, 45, STEP, Hint.matches(List.of(TEXT_ANGLE),
                "that is the best angle on the text's grid of 0.1 degree; try the angles k * angleStep you are given."));
        checkScanExactly(student, TEXT, TEXT_NAME, 2, 3, 1, 0.01);
        // A negative step is allowed ("non-zero and finite"): the quotient then looks back along each direction.
        checkScanExactly(student, TEXT, TEXT_NAME, 2, 3, 1, -0.01);
        double[] angleSteps = {0.1, 0.25, 0.5, 1, 2};
        for (int i = 0; i < 6; i++) {
            Point p = Point.draw(random, 1, 1.7e-3);
            checkScan(student, p, angleSteps[random.nextInt(angleSteps.length)]);
        }
    }

    /**
     * The scan against the exact gradient g and Hessian H. The forward quotient along the unit vector
     * u is g.u + (step/2) u'Hu + O(step^2): the largest rate lies within step |H| / |g| radians of
     * g's direction, and the grid adds half an angle step. So the angle must be within
     * angleStep/2 + step |H| / |g| (in degrees) of g's direction, the rate within
     * |g| (1 - cos(that angle)) + (step/2) |H| of |g|, and the estimated gradient within the rate's
     * miss plus |g| times that angle (in radians) of g. Each bound is doubled for margin.
     */
    private void checkScan(FastestIncrease student, Point p, double angleStep) {
        String call = "scan(" + p.f.name() + ", " + Numbers.show(p.x) + ", " + Numbers.show(p.y) + ", "
                + Numbers.show(angleStep) + ", 0.0001)";
        DirectionScan scan = student.scan(p.f::value, p.x, p.y, angleStep, STEP);
        Checks.that(scan != null, call + " returned null: return a DirectionScan.");
        double size = Math.hypot(p.g[0], p.g[1]);
        double shift = STEP * p.hessian / size;
        double angleTolerance = 2 * (angleStep / 2 + Math.toDegrees(shift));
        double truth = reference.directionOf(p.g[0], p.g[1]);
        double miss = ReferenceFastestIncrease.angleBetween(scan.angleDegrees(), truth);
        if (!(miss <= angleTolerance)) {
            double fromX = reference.directionOf(p.g[1], p.g[0]);
            String hint = ReferenceFastestIncrease.angleBetween(scan.angleDegrees(), fromX) <= angleTolerance
                    ? " Hint: that is the direction measured from the x axis; the text's dx = sin(angle) * step, "
                            + "dy = cos(angle) * step measure it from the y axis."
                    : "";
            throw new AssertionError(call + ".angleDegrees(): expected the direction of the gradient ("
                    + Numbers.show(p.g[0]) + ", " + Numbers.show(p.g[1]) + "), " + Numbers.show(truth) + " degrees, within "
                    + Numbers.show(angleTolerance) + ", got " + Numbers.show(scan.angleDegrees()) + "." + hint);
        }
        double rateTolerance = 2 * (size * (1 - Math.cos(Math.toRadians(angleTolerance / 2))) + STEP / 2 * p.hessian) + 1e-9;
        Checks.close(call + ".rate(), the size of the gradient", size, scan.rate(), Tolerance.of(rateTolerance, 0));
        Tolerance component = Tolerance.of(rateTolerance + size * Math.toRadians(angleTolerance), 0);
        Checks.close(call + ".gradientX(), an estimate of df/dx", p.g[0], scan.gradientX(), component);
        Checks.close(call + ".gradientY(), an estimate of df/dy", p.g[1], scan.gradientY(), component);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("ties go to the smaller angle, a step of 360 degrees tries 0 alone, and bad steps are refused")
    void scanTiesAndEdges(FastestIncrease student) {
        // A flat function ties every direction (every rate is exactly 0): the first angle tried, 0, wins.
        checkScanExactly(student, (x, y) -> 7, "7 (flat)", 0, 0, ANGLE_STEP, STEP, Hint.matches(List.of(359.9),
                "every angle ties here (the function is flat), and a tie goes to the smaller angle, the one tried "
                        + "first: replace the best only when a rate is strictly larger."));
        // x^2 rises exactly as fast along +x (90) as along -x (270): sin is exactly 1 and -1 there.
        checkScanExactly(student, (x, y) -> x * x, "x^2", 0, 0, 0.5, STEP, Hint.matches(List.of(270.0),
                "90 and 270 degrees tie exactly here, and a tie goes to the smaller angle, the one tried first: "
                        + "replace the best only when a rate is strictly larger."));
        // k * 360 < 360 only for k = 0. At 360 the rate of y - x is one ulp larger (sin(2 pi) is -2.4e-16).
        checkScanExactly(student, (x, y) -> y - x, "y - x", 0, 0, 360, STEP, Hint.matches(List.of(360.0),
                "the scan tries k * angleStep only while it is below 360: 360 is the same direction as 0 and is "
                        + "not tried again."));
        for (double angleStep : new double[] {0, -1, 360.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("scan(" + TEXT_NAME + ", 2, 3, " + angleStep + ", 0.0001)", IllegalArgumentException.class,
                    () -> student.scan(TEXT, 2, 3, angleStep, STEP));
        }
        for (double step : new double[] {0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            Checks.refuses("scan(" + TEXT_NAME + ", 2, 3, 0.1, " + step + ")", IllegalArgumentException.class,
                    () -> student.scan(TEXT, 2, 3, ANGLE_STEP, step));
        }
    }

    @Test
    @Points(1)
    @DisplayName("the rate of change of x^2 + y^3 at (2, 3) along 0, 90 and 8.4 degrees")
    void rateOfChangeAtTheTextsPoint(FastestIncrease student) {
        for (double angle : new double[] {0, 90, 8.4}) {
            double expected = reference.rateOfChange(TEXT, 2, 3, angle, STEP);
            Checks.close("rateOfChange(" + TEXT_NAME + ", 2, 3, " + Numbers.show(angle) + ", 0.0001)", expected,
                    student.rateOfChange(TEXT, 2, 3, angle, STEP), QUOTIENT,
                    Hint.matches(List.of(reference.rateOfChange(TEXT, 2, 3, 90 - angle, STEP)),
                            "that is the rate at 90 degrees minus the angle: the text's dx = sin(angle) * step and "
                                    + "dy = cos(angle) * step."),
                    Hint.matches(List.of(reference.rateOfChange(TEXT, 2, 3, Math.toDegrees(angle), STEP)),
                            "the angle is in degrees: convert it to radians before sin and cos."));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("rates of change of other functions, at any angle and step; a zero step is refused")
    void rateOfChangeElsewhere(FastestIncrease student, RandomGenerator random) {
        // Fixed first: the step given (not the text's 0.0001), a negative step, an angle beyond 360.
        for (double[] c : new double[][] {{8.4, 0.01}, {-90, -0.001}, {405, 0.5}}) {
            Checks.close("rateOfChange(" + TEXT_NAME + ", 2, 3, " + Numbers.show(c[0]) + ", " + Numbers.show(c[1]) + ")",
                    reference.rateOfChange(TEXT, 2, 3, c[0], c[1]), student.rateOfChange(TEXT, 2, 3, c[0], c[1]), QUOTIENT,
                    Hint.matches(List.of(reference.rateOfChange(TEXT, 2, 3, c[0], STEP)),
                            "that is the rate with the text's step 0.0001: use the step you are given."));
        }
        for (int i = 0; i < 20; i++) {
            PlaneFunctions.Named f = PlaneFunctions.pick(random);
            double x = f.sample(random);
            double y = f.sample(random);
            double angle = random.nextDouble() * 1440 - 720;
            double step = Math.pow(10, -6 + 5 * random.nextDouble()) * (random.nextInt(4) == 0 ? -1 : 1);
            // Rounding in f and in the trial point (x + dx), a few ulps each, divided by the step.
            double[] g = f.gradient(x, y);
            double noise = 8 * Math.ulp(1.0) * (Math.abs(f.value(x, y)) + Math.hypot(g[0], g[1])
                    * (Math.abs(x) + Math.abs(y) + 1)) / Math.abs(step);
            Checks.close("rateOfChange(" + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ", "
                    + Numbers.show(angle) + ", " + Numbers.show(step) + ")", reference.rateOfChange(f::value, x, y, angle, step),
                    student.rateOfChange(f::value, x, y, angle, step), Tolerance.of(noise + 1e-12, 1e-9));
        }
        for (double step : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Checks.refuses("rateOfChange(" + TEXT_NAME + ", 2, 3, 8.4, " + step + ")", IllegalArgumentException.class,
                    () -> student.rateOfChange(TEXT, 2, 3, 8.4, step));
        }
    }

    // ---- the angle convention -------------------------------------------------------------------

    @Test
    @Points(2)
    @DisplayName("directions measured from the y axis: (4, 27) is at 8.427 degrees, (1, 0) at 90, (-1, 0) at 270")
    void directionOfTheTextsVectors(FastestIncrease student) {
        double[][] vectors = {{4, 27}, {0, 1}, {1, 0}, {0, -1}, {-1, 0}, {-4, -27}, {-3, 4}, {2, -2}};
        double[] expected = new double[vectors.length];
        double[] actual = new double[vectors.length];
        double[] fromX = new double[vectors.length];
        double[] unwrapped = new double[vectors.length];
        double[] radians = new double[vectors.length];
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < vectors.length; i++) {
            double gx = vectors[i][0];
            double gy = vectors[i][1];
            expected[i] = reference.directionOf(gx, gy);
            actual[i] = student.directionOf(gx, gy);
            fromX[i] = reference.directionOf(gy, gx);
            unwrapped[i] = Math.toDegrees(Math.atan2(gx, gy));
            radians[i] = Math.toRadians(expected[i]);
            shown.append(i == 0 ? "" : ", ").append("(").append(Numbers.show(gx)).append(", ").append(Numbers.show(gy))
                    .append(")");
        }
        Checks.closeArray("directionOf for " + shown, expected, actual, ANGLE,
                Hint.matches(fromX, "these are angles measured from the x axis, atan2(gy, gx); the text measures from the y "
                        + "axis (dx = sin, dy = cos), so the direction of (gx, gy) is atan2(gx, gy)."),
                Hint.matches(unwrapped, "atan2 returns angles in (-180, 180]: add 360 to the negative ones to get [0, 360)."),
                Hint.matches(radians, "these are radians: convert to degrees."));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("directions of random vectors, tiny and huge; the zero vector is refused")
    void directionOfOtherVectors(FastestIncrease student, RandomGenerator random) {
        for (int i = 0; i < 20; i++) {
            double scale = Math.pow(10, random.nextDouble() * 12 - 6);
            double gx = (random.nextDouble() * 2 - 1) * scale;
            double gy = (random.nextDouble() * 2 - 1) * scale;
            Checks.close("directionOf(" + Numbers.show(gx) + ", " + Numbers.show(gy) + ")", reference.directionOf(gx, gy),
                    student.directionOf(gx, gy), ANGLE,
                    Hint.matches(List.of(reference.directionOf(gy, gx)), "that is the angle from the x axis; the "
                            + "text's angles start at the y axis: atan2(gx, gy)."));
        }
        // Fixed, on every seed (after the random ones, whose hint names a slip of convention): atan2 gives
        // -5.7e-19 degrees here, and -5.7e-19 + 360 rounds to 360; the answer must still be below 360.
        double nearlyUp = student.directionOf(-1e-20, 1);
        Checks.that(nearlyUp >= 0 && nearlyUp < 360 && ReferenceFastestIncrease.angleBetween(nearlyUp, 0) <= 1e-9,
                "directionOf(-1e-20, 1): expected 0 (a hair left of +y; angles are in [0, 360)), got "
                        + Numbers.show(nearlyUp) + (nearlyUp == 360 ? ". Hint: -5.7e-19 + 360 rounds to 360, which is 0." : "."));
        Checks.refuses("directionOf(0, 0)", IllegalArgumentException.class, () -> student.directionOf(0, 0));
    }

    // ---- the task's question --------------------------------------------------------------------

    @Test
    @Points(2)
    @DisplayName("scanning confirms (2, 2) for x^2 + y^2 at (1, 1) and (4, 27) for x^2 + y^3 at (2, 3), and no wrong claim")
    void confirmsTheTasksGradient(FastestIncrease student) {
        confirm(student, BOWL, BOWL_NAME, 1, 1, 2, 2, true);
        confirm(student, BOWL, BOWL_NAME, 1, 1, -2, -2, false);
        confirm(student, BOWL, BOWL_NAME, 1, 1, 2, 0, false);
        confirm(student, BOWL, BOWL_NAME, 1, 1, 4, 4, false);
        confirm(student, TEXT, TEXT_NAME, 2, 3, 4, 27, true);
        confirm(student, TEXT, TEXT_NAME, 2, 3, 27, 4, false);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("scanning confirms true gradients of other functions and rejects wrong ones")
    void confirmsElsewhere(FastestIncrease student, RandomGenerator random) {
        // Fixed first, at the edges of the rule: the bowl's scan at (1, 1) finds 45 degrees and 2.8285.
        double[][] edges = {{2.01, 2.01}, {1.99, 1.99}, {2.04, 2.04}, {1.96, 1.96}, turned(2, 2, 0.05), turned(2, 2, 0.3)};
        for (double[] claim : edges) {
            confirm(student, BOWL, BOWL_NAME, 1, 1, claim[0], claim[1],
                    judge(reference.scan(BOWL, 1, 1, ANGLE_STEP, STEP), claim));
        }
        // Both thresholds, decided: 0.099 and 0.101 degree off the scan's direction, and sizes 1e-5 inside and
        // outside 1% of |g| on each side (which also tells the text's step 0.0001 from 0.001 or 0.00001, and
        // 0.01 |g| from 0.01 * rate).
        double[][] thresholds = {turned(2, 2, 0.099), turned(2, 2, 0.101), {1.9802878330524583, 1.9802878330524583},
            {1.9802482276918507, 1.9802482276918507}, {2.0202532423926964, 2.0202532423926964},
            {2.020293647861599, 2.020293647861599}};
        for (double[] claim : thresholds) {
            confirm(student, BOWL, BOWL_NAME, 1, 1, claim[0], claim[1], judge(reference.scan(BOWL, 1, 1, ANGLE_STEP, STEP), claim));
        }
        // Around the circle: the scan at (-0.0007, 1) finds 0 degrees, the claim points at 359.96, 0.04 apart.
        confirm(student, BOWL, BOWL_NAME, -0.0007, 1, -0.0014, 2, true);
        for (int i = 0; i < 3; i++) {
            Point p = Point.draw(random, 2, 1.7e-4);
            DirectionScan scan = reference.scan(p.f::value, p.x, p.y, ANGLE_STEP, STEP);
            double gx = p.g[0];
            double gy = p.g[1];
            double turn = Math.toRadians(5);
            double[][] claims = {{gx, gy}, {1.003 * gx, 1.003 * gy}, {-gx, -gy}, {gy, gx}, {2 * gx, 2 * gy},
                {0.5 * gx, 0.5 * gy}, {gx * Math.cos(turn) + gy * Math.sin(turn), -gx * Math.sin(turn) + gy * Math.cos(turn)}};
            for (double[] claim : claims) {
                boolean expected = judge(scan, claim);
                if (claim == claims[3] && ReferenceFastestIncrease.angleBetween(reference.directionOf(gy, gx),
                        reference.directionOf(gx, gy)) < 5) {
                    continue; // a gradient near the diagonal: swapping barely turns it, no telling claim
                }
                confirm(student, p.f::value, p.f.name(), p.x, p.y, claim[0], claim[1], expected);
            }
        }
        Checks.refuses("confirmsGradient(" + BOWL_NAME + ", 1, 1, 0, 0)", IllegalArgumentException.class,
                () -> student.confirmsGradient(BOWL, 1, 1, 0, 0));
    }

    /** (gx, gy) turned clockwise by the given degrees, the package's direction of increasing angle. */
    private static double[] turned(double gx, double gy, double degrees) {
        double turn = Math.toRadians(degrees);
        return new double[] {gx * Math.cos(turn) + gy * Math.sin(turn), -gx * Math.sin(turn) + gy * Math.cos(turn)};
    }

    /** The task's rule applied to the reference's scan, so the expected answer costs no second scan. */
    private boolean judge(DirectionScan scan, double[] claim) {
        double size = Math.hypot(claim[0], claim[1]);
        return ReferenceFastestIncrease.angleBetween(scan.angleDegrees(), reference.directionOf(claim[0], claim[1]))
                <= ANGLE_STEP && Math.abs(scan.rate() - size) <= 0.01 * size;
    }

    private void confirm(FastestIncrease student, DoubleBinaryOperator f, String name, double x, double y, double gx,
            double gy, boolean expected) {
        String call = "confirmsGradient(" + name + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ", " + Numbers.show(gx)
                + ", " + Numbers.show(gy) + ")";
        boolean actual = student.confirmsGradient(f, x, y, gx, gy);
        if (actual != expected) {
            String why = expected
                    ? " The scan's best direction is within 0.1 degree of (" + Numbers.show(gx) + ", " + Numbers.show(gy)
                            + ") (" + Numbers.show(reference.directionOf(gx, gy)) + " degrees, measured from the y axis: "
                            + "atan2(gx, gy)) and its rate within 1% of the claimed size " + Numbers.show(Math.hypot(gx, gy))
                            + "."
                    : " The claim's direction (" + Numbers.show(reference.directionOf(gx, gy)) + " degrees) or its size ("
                            + Numbers.show(Math.hypot(gx, gy)) + ") does not match what the scan finds.";
            throw new AssertionError(call + ": expected " + expected + ", got " + actual + "." + why);
        }
    }

    // ---- shared ---------------------------------------------------------------------------------

    /** A point of a random function where the gradient is large enough to have a clear direction. */
    private record Point(PlaneFunctions.Named f, double x, double y, double[] g, double hessian) {

        /**
         * The largest rate is shifted off the gradient by about step |H| / |g| radians; {@code maxShift}
         * bounds that, so the test is about the scan, not about an ill-conditioned point.
         */
        static Point draw(RandomGenerator random, double minimumSize, double maxShift) {
            for (int attempt = 0; ; attempt++) {
                PlaneFunctions.Named f = PlaneFunctions.pick(random);
                double x = f.sample(random);
                double y = f.sample(random);
                double[] g = f.gradient(x, y);
                double hessian = f.hessianNorm(x, y);
                if (Math.hypot(g[0], g[1]) >= minimumSize && STEP * hessian / Math.hypot(g[0], g[1]) < maxShift
                        || attempt > 1000) {
                    return new Point(f, x, y, g, hessian);
                }
            }
        }
    }
}
