package tangent.suites.lesson05;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.BinaryCrossEntropy;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson05.ReferenceBinaryCrossEntropy;

/** The loss and its derivative on the examples, at random points, at the clipped ends, and over batches. */
@Grades(BinaryCrossEntropy.class)
class BinaryCrossEntropySuite {

    /**
     * Logs and quotients evaluated in another order differ by rounding only; the relative part
     * also covers the clipped derivative's 2^52.
     */
    private static final Tolerance LOSS = Tolerance.of(1e-12, 1e-9);

    private final ReferenceBinaryCrossEntropy reference = new ReferenceBinaryCrossEntropy();

    /** (y, yhat) pairs of the examples. */
    private static final double[][] EXAMPLES = {{1, 0.9}, {0, 0.9}, {1, 0.5}, {0, 0.2}, {1, 0.01}};

    @Test
    @Points(1)
    @DisplayName("L(1, 0.9) = -log 0.9, L(0, 0.9) = -log 0.1, and a few more")
    void lossAtTheExamples(BinaryCrossEntropy student) {
        checkLoss(student, EXAMPLES);
    }

    @Test
    @Points(2)
    @DisplayName("dL/dyhat(1, 0.9) = -1/0.9, dL/dyhat(0, 0.9) = 10, and a few more")
    void derivativeAtTheExamples(BinaryCrossEntropy student) {
        checkDerivative(student, EXAMPLES);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("loss and derivative at random predictions, for labels 0, 1 and in between")
    void lossAndDerivativeAtRandomPoints(BinaryCrossEntropy student, RandomGenerator random) {
        // Labels in between first, on every seed: a loss that branches on y == 1 fails them.
        double[][] fixed = {{0.3, 0.6}, {0.75, 0.2}, {0.5, 0.5}};
        double[][] cases = new double[fixed.length + 30][];
        System.arraycopy(fixed, 0, cases, 0, fixed.length);
        for (int i = fixed.length; i < cases.length; i++) {
            double y = i % 3 == 2 ? random.nextDouble() : i % 3;
            cases[i] = new double[] {y, 0.001 + 0.998 * random.nextDouble()};
        }
        checkLoss(student, cases);
        checkDerivative(student, cases);
    }

    private void checkLoss(BinaryCrossEntropy student, double[][] cases) {
        double[] expected = new double[cases.length];
        double[] actual = new double[cases.length];
        List<Double> log10 = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            double y = cases[i][0];
            double yhat = cases[i][1];
            expected[i] = reference.loss(y, yhat);
            actual[i] = student.loss(y, yhat);
            log10.add(-y * Math.log10(yhat) - (1 - y) * Math.log10(1 - yhat));
        }
        Checks.closeArray(Checks.overCases("loss(y, yhat)", cases.length, i -> "loss" + show(cases[i]), expected,
                actual, LOSS), expected, actual, LOSS,
                Hint.matches(log10, "log is the natural logarithm: use Math.log, not Math.log10."),
                Hint.signFlip());
    }

    private void checkDerivative(BinaryCrossEntropy student, double[][] cases) {
        double[] expected = new double[cases.length];
        double[] actual = new double[cases.length];
        List<Double> wrongSign = new ArrayList<>();
        List<Double> onlyFirst = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            double y = cases[i][0];
            double yhat = cases[i][1];
            expected[i] = reference.derivative(y, yhat);
            actual[i] = student.derivative(y, yhat);
            wrongSign.add(-y / yhat - (1 - y) / (1 - yhat));
            onlyFirst.add(-y / yhat);
        }
        Checks.closeArray(Checks.overCases("derivative(y, yhat)", cases.length, i -> "derivative" + show(cases[i]),
                expected, actual, LOSS), expected, actual, LOSS,
                Hint.matches(wrongSign, "the second term is +(1 - y) / (1 - yhat): the chain rule on log(1 - yhat) "
                        + "brings a factor -1, which cancels the loss's minus sign."),
                Hint.matches(onlyFirst, "differentiate both terms: dL/dyhat = -y / yhat + (1 - y) / (1 - yhat)."),
                Hint.signFlip());
    }

    @Test
    @Points(2)
    @DisplayName("at yhat = 0 and 1, yhat and 1 - yhat are clipped at numpy's epsilon 2^-52, as in the text")
    void clippedAtTheEnds(BinaryCrossEntropy student) {
        // Where the clipping decides the value, and where it changes nothing.
        double[][] clipped = {{1, 0}, {0, 1}, {1, 1e-17}, {0.5, 0}};
        double[][] unclipped = {{1, 1}, {0, 0}};
        for (double[][] cases : new double[][][] {clipped, unclipped}) {
            for (double[] c : cases) {
                double loss = student.loss(c[0], c[1]);
                double slope = student.derivative(c[0], c[1]);
                Checks.that(Double.isFinite(loss) && Double.isFinite(slope), "loss" + show(c) + " and derivative"
                        + show(c) + " should be finite numbers, got " + Numbers.show(loss) + " and " + Numbers.show(slope)
                        + ": clip yhat and 1 - yhat from below at epsilon = 2^-52 (Math.ulp(1.0)) before the log and "
                        + "the division, as the text does with clip(epsilon).");
            }
        }
        checkEnds(student, clipped, clippedAt(clipped, 1e-15, "1e-15"), clippedAt(clipped, 1e-7, "1e-7 (Keras's default)"),
                clippedAt(clipped, 1e-12, "1e-12"), clippedAt(clipped, 1e-16, "1e-16"));
        checkEnds(student, unclipped);
    }

    private void checkEnds(BinaryCrossEntropy student, double[][] cases, Hint... hints) {
        double[] expected = new double[cases.length * 2];
        double[] actual = new double[cases.length * 2];
        for (int i = 0; i < cases.length; i++) {
            expected[2 * i] = reference.loss(cases[i][0], cases[i][1]);
            actual[2 * i] = student.loss(cases[i][0], cases[i][1]);
            expected[2 * i + 1] = reference.derivative(cases[i][0], cases[i][1]);
            actual[2 * i + 1] = student.derivative(cases[i][0], cases[i][1]);
        }
        Checks.closeArray(Checks.overCases("loss and derivative at the ends", expected.length,
                i -> (i % 2 == 0 ? "loss" : "derivative") + show(cases[i / 2]), expected, actual, LOSS), expected,
                actual, LOSS, hints);
    }

    /** The hint for clipping at another constant than the text's. */
    private static Hint clippedAt(double[][] cases, double epsilon, String name) {
        List<Double> values = new ArrayList<>();
        for (double[] c : cases) {
            double y = c[0];
            double yhat = c[1];
            values.add(-y * Math.log(Math.max(yhat, epsilon)) - (1 - y) * Math.log(Math.max(1 - yhat, epsilon)));
            values.add(-y / Math.max(yhat, epsilon) + (1 - y) / Math.max(1 - yhat, epsilon));
        }
        return Hint.matches(values, "you clip at " + name + "; the text clips at np.finfo(float).eps = 2^-52, "
                + "about 2.22e-16 (Math.ulp(1.0) in Java).");
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("the mean loss of random batches of 1 to 50 instances")
    void meanLossOfBatches(BinaryCrossEntropy student, RandomGenerator random) {
        // The task statement's batch, and one where every prediction is clipped (the mean of the
        // clipped losses: 52 log 2 twice and 0 twice, so 26 log 2).
        checkMeanLoss(student, new double[] {1, 0}, new double[] {0.9, 0.9});
        checkMeanLoss(student, new double[] {1, 0, 1, 0}, new double[] {0, 1, 1, 0});
        for (int round = 0; round < 5; round++) {
            int n = round == 0 ? 1 : 2 + random.nextInt(49);
            double[] y = new double[n];
            double[] yhat = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextInt(2);
                yhat[i] = 0.01 + 0.98 * random.nextDouble();
            }
            checkMeanLoss(student, y, yhat);
        }
    }

    private void checkMeanLoss(BinaryCrossEntropy student, double[] y, double[] yhat) {
        int n = y.length;
        String call = n <= 4 ? "meanLoss(" + Numbers.show(y) + ", " + Numbers.show(yhat) + ")"
                : "meanLoss(y, yhat) of a batch of " + n;
        Checks.close(call, reference.meanLoss(y, yhat), student.meanLoss(y.clone(), yhat.clone()), LOSS,
                Hint.factor(n, "that is the sum of the " + n + " losses: divide by n. (The text's code divides by "
                        + "y.shape[1], which is 1 for its n x 1 arrays, though its docstring says it averages.)"));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("labels or predictions outside [0, 1], NaN, and batches that do not match are refused")
    void badInputIsRefused(BinaryCrossEntropy student) {
        // Each way out of [0, 1], for the label and for the prediction, in each method: a check
        // forgotten in one place is a check forgotten.
        double[][] bad = {{1.5, 0.5}, {-0.5, 0.5}, {Double.NaN, 0.5}, {1, 1.2}, {1, -0.1}, {0, Double.NaN}};
        for (double[] c : bad) {
            Checks.refuses("loss" + show(c), IllegalArgumentException.class, () -> student.loss(c[0], c[1]));
            Checks.refuses("derivative" + show(c), IllegalArgumentException.class, () -> student.derivative(c[0], c[1]));
            Checks.refuses("meanLoss({0, " + Numbers.show(c[0]) + "}, {0.5, " + Numbers.show(c[1]) + "})",
                    IllegalArgumentException.class,
                    () -> student.meanLoss(new double[] {0, c[0]}, new double[] {0.5, c[1]}));
        }
        Checks.refuses("meanLoss({1, 0}, {0.5})", IllegalArgumentException.class,
                () -> student.meanLoss(new double[] {1, 0}, new double[] {0.5}));
        Checks.refuses("meanLoss({1}, {0.5, 0.5})", IllegalArgumentException.class,
                () -> student.meanLoss(new double[] {1}, new double[] {0.5, 0.5}));
        Checks.refuses("meanLoss({}, {})", IllegalArgumentException.class,
                () -> student.meanLoss(new double[0], new double[0]));
    }

    private static String show(double[] yAndYhat) {
        return "(" + Numbers.show(yAndYhat[0]) + ", " + Numbers.show(yAndYhat[1]) + ")";
    }

}
