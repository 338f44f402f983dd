package tangent.suites.lesson05;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.RecurrentStep;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson05.ReferenceRecurrentStep;

/**
 * One step of the recurrent network, its output, a sequence of steps, and the Jacobian
 * dh/dh_prev, against the reference (the Jacobian by automatic differentiation).
 */
@Grades(RecurrentStep.class)
class RecurrentStepSuite {

    /** Short sums of products and a tanh, in another order: rounding only. */
    private static final Tolerance STEP = Tolerance.of(1e-12, 1e-9);

    private final ReferenceRecurrentStep reference = new ReferenceRecurrentStep();

    /** The weights and vectors of one step. */
    private record Weights(double[][] wxh, double[][] whh, double[][] why, double[] x, double[] hPrev) {

        String sizes() {
            return "input " + x.length + ", hidden " + hPrev.length + ", output " + why.length;
        }
    }

    /** Random weights of the given sizes, entries of standard deviation 0.8, and random x and h_prev. */
    private static Weights random(RandomGenerator random, int input, int hidden, int output) {
        return new Weights(matrix(random, hidden, input), matrix(random, hidden, hidden), matrix(random, output, hidden),
                vector(random, input, 1.5), vector(random, hidden, 0.9));
    }

    private static double[][] matrix(RandomGenerator random, int rows, int columns) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = vector(random, columns, 0);
        }
        return m;
    }

    /** Gaussian entries (standard deviation 0.8) when bound is 0, else uniform in [-bound, bound]. */
    private static double[] vector(RandomGenerator random, int size, double bound) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = bound == 0 ? 0.8 * random.nextGaussian() : bound * (2 * random.nextDouble() - 1);
        }
        return v;
    }

    /** The example of the task statement. */
    private static final Weights EXAMPLE = new Weights(new double[][] {{1}, {-1}}, new double[][] {{0.5, 0}, {0, 0.5}},
            new double[][] {{1, 2}}, new double[] {1}, new double[] {0, 0});

    private Hint[] hiddenHints(Weights w) {
        double[] noTanh = new double[w.hPrev().length];
        double[] noRecurrence = reference.hidden(w.wxh(), w.whh(), w.x(), new double[w.hPrev().length]);
        double[] h = reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev());
        for (int i = 0; i < noTanh.length; i++) {
            noTanh[i] = atanh(h[i]);
        }
        return new Hint[] {
            Hint.matches(Networks.flat(noTanh), "apply tanh to Wxh x + Whh h_prev, element by element."),
            Hint.matches(Networks.flat(noRecurrence), "add Whh h_prev: the previous state feeds into the new one."),
            Hint.signFlip()};
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }

    @Test
    @Points(1)
    @DisplayName("h = tanh(Wxh x + Whh h_prev) for the task's example and for the text's sizes (input 2, hidden 3)")
    void hiddenStateOfTheExamples(RecurrentStep student, RandomGenerator random) {
        for (Weights w : new Weights[] {EXAMPLE, random(random, 2, 3, 2)}) {
            Checks.closeArray("hidden(Wxh, Whh, x, h_prev) with " + w.sizes(),
                    reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev()),
                    student.hidden(Networks.deepCopy(w.wxh()), Networks.deepCopy(w.whh()), w.x().clone(), w.hPrev().clone()),
                    STEP, hiddenHints(w));
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("h at random sizes and weights, Whh h_prev included")
    void hiddenStateAtRandomSizes(RecurrentStep student, RandomGenerator random) {
        for (int round = 0; round < 10; round++) {
            Weights w = random(random, 1 + random.nextInt(4), 1 + random.nextInt(5), 1 + random.nextInt(3));
            Checks.closeArray("hidden(Wxh, Whh, x, h_prev) with " + w.sizes(),
                    reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev()),
                    student.hidden(Networks.deepCopy(w.wxh()), Networks.deepCopy(w.whh()), w.x().clone(), w.hPrev().clone()),
                    STEP, hiddenHints(w));
        }
    }

    @Test
    @Points(1)
    @DisplayName("y = Why h for the example and at random sizes")
    void outputIsWhyTimesH(RecurrentStep student, RandomGenerator random) {
        Checks.closeArray("output({{1, 2}}, {tanh 1, tanh(-1)})", new double[] {Math.tanh(1) + 2 * Math.tanh(-1)},
                student.output(new double[][] {{1, 2}}, new double[] {Math.tanh(1), Math.tanh(-1)}), STEP);
        for (int round = 0; round < 10; round++) {
            Weights w = random(random, 2, 1 + random.nextInt(5), 1 + random.nextInt(3));
            double[] h = reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev());
            Checks.closeArray("output(Why, h) with " + w.sizes(), reference.output(w.why(), h),
                    student.output(Networks.deepCopy(w.why()), h.clone()), STEP);
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("a sequence of 4 steps (the text's sequence_length) from zeros and from a random state; none from none")
    void sequenceOfSteps(RecurrentStep student, RandomGenerator random) {
        for (int round = 0; round < 4; round++) {
            Weights w = random(random, 2, 3, 2);
            double[][] xs = new double[4][];
            for (int t = 0; t < xs.length; t++) {
                xs[t] = vector(random, 2, 1.5);
            }
            double[] h0 = round % 2 == 0 ? new double[3] : w.hPrev();
            double[][] expected = reference.hiddenStates(w.wxh(), w.whh(), xs, h0);
            double[][] actual = student.hiddenStates(Networks.deepCopy(w.wxh()), Networks.deepCopy(w.whh()),
                    Networks.deepCopy(xs), h0.clone());
            double[][] fromH0 = new double[4][];
            for (int t = 0; t < 4; t++) {
                fromH0[t] = reference.hidden(w.wxh(), w.whh(), xs[t], h0);
            }
            Checks.closeMatrix("hiddenStates(Wxh, Whh, xs, h0) over 4 steps, row t the state after step t + 1",
                    expected, actual, STEP, Hint.matches(Networks.flat(fromH0),
                            "every step starts from h0: feed each step's new state into the next step."));
        }
        Weights w = random(random, 2, 3, 2);
        double[][] none = student.hiddenStates(w.wxh(), w.whh(), new double[0][], new double[3]);
        Checks.that(none != null && none.length == 0, "hiddenStates of an empty sequence should have no rows.");
    }

    @Test
    @Points(2)
    @DisplayName("the Jacobian dh/dh_prev = diag(1 - h^2) Whh, for the example and the text's sizes")
    void jacobianOfTheStep(RecurrentStep student, RandomGenerator random) {
        for (Weights w : new Weights[] {EXAMPLE, random(random, 2, 3, 2), random(random, 3, 4, 1)}) {
            double[][] expected = reference.hiddenJacobian(w.wxh(), w.whh(), w.x(), w.hPrev());
            double[] h = reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev());
            int n = h.length;
            double[][] transposed = new double[n][n];
            double[][] columns = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    transposed[i][k] = expected[k][i];
                    columns[i][k] = (1 - h[k] * h[k]) * w.whh()[i][k];
                }
            }
            Checks.closeMatrix("hiddenJacobian(Wxh, Whh, x, h_prev) with " + w.sizes(), expected,
                    student.hiddenJacobian(Networks.deepCopy(w.wxh()), Networks.deepCopy(w.whh()), w.x().clone(),
                            w.hPrev().clone()), STEP,
                    Hint.matches(Networks.flat(w.whh()), "that is Whh alone: multiply row i by tanh'(...) = 1 - h[i]^2."),
                    Hint.matches(Networks.flat(transposed), "that is the transpose: row i, column k is dh[i]/dh_prev[k] "
                            + "= (1 - h[i]^2) Whh[i][k] (rows are outputs, columns inputs)."),
                    Hint.matches(Networks.flat(columns), "scale row i by 1 - h[i]^2, not column k by 1 - h[k]^2: "
                            + "dh[i]/dh_prev[k] = (1 - h[i]^2) Whh[i][k]."));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("sizes that do not fit together are refused")
    void badSizesAreRefused(RecurrentStep student) {
        double[][] wxh = {{1, 0}, {0, 1}, {1, 1}};
        double[][] whh = {{0.5, 0, 0}, {0, 0.5, 0}, {0, 0, 0.5}};
        Checks.refuses("hidden(Wxh 3x2, Whh 3x3, x of 3, h_prev of 3)", IllegalArgumentException.class,
                () -> student.hidden(wxh, whh, new double[3], new double[3]));
        Checks.refuses("hidden(Wxh 3x2, Whh 3x3, x of 2, h_prev of 2)", IllegalArgumentException.class,
                () -> student.hidden(wxh, whh, new double[2], new double[2]));
        Checks.refuses("hidden(Wxh 3x2, Whh 2x2, x of 2, h_prev of 3)", IllegalArgumentException.class,
                () -> student.hidden(wxh, new double[][] {{1, 0}, {0, 1}}, new double[2], new double[3]));
        Checks.refuses("output(Why 2x3, h of 2)", IllegalArgumentException.class,
                () -> student.output(new double[2][3], new double[2]));
    }
}
