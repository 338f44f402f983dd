package tangent.suites.lesson05;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.RecurrentStep;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
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

    /**
     * A fixed case with nothing symmetric, so that every transposed matrix shows on every seed:
     * Wxh and Whh are square (input 2 = hidden 2) but not symmetric, h_prev is not zero, and Why is
     * square too. (The task's example has Whh = 0.5 I and h_prev = 0, where Whh^T h_prev = Whh h_prev.)
     */
    private static final Weights SKEWED = new Weights(new double[][] {{0.2, -0.4}, {0.6, 0.1}},
            new double[][] {{0.5, -0.3}, {0.8, 0.1}}, new double[][] {{1, 2}, {-3, 0.5}}, new double[] {0.5, -0.25},
            new double[] {0.4, -0.6});

    private Hint[] hiddenHints(Weights w) {
        int n = w.hPrev().length;
        double[] noTanh = new double[n];
        double[] noRecurrence = reference.hidden(w.wxh(), w.whh(), w.x(), new double[n]);
        double[] h = reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev());
        for (int i = 0; i < n; i++) {
            noTanh[i] = atanh(h[i]);
        }
        List<Hint> hints = new ArrayList<>(List.of(
            Hint.matches(Numbers.boxed(noTanh), "apply tanh to Wxh x + Whh h_prev, element by element."),
            Hint.matches(Numbers.boxed(noRecurrence), "add Whh h_prev: the previous state feeds into the new one."),
            Hint.matches(Numbers.boxed(reference.hidden(w.wxh(), transpose(w.whh()), w.x(), w.hPrev())),
                    "that is tanh(Wxh x + Whh^T h_prev): (Whh h_prev)[i] is the sum over k of Whh[i][k] h_prev[k], "
                            + "row i of Whh times h_prev (rows are outputs, columns inputs).")));
        if (w.wxh().length == w.wxh()[0].length) {
            hints.add(Hint.matches(Numbers.boxed(reference.hidden(transpose(w.wxh()), w.whh(), w.x(), w.hPrev())),
                    "that is tanh(Wxh^T x + Whh h_prev): (Wxh x)[i] is the sum over j of Wxh[i][j] x[j], row i of Wxh "
                            + "times x."));
        }
        hints.add(Hint.signFlip());
        return hints.toArray(Hint[]::new);
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }

    @Test
    @Points(1)
    @DisplayName("h = tanh(Wxh x + Whh h_prev) for the task's example, a fixed case with nothing symmetric, and the "
            + "text's sizes (input 2, hidden 3)")
    void hiddenStateOfTheExamples(RecurrentStep student, RandomGenerator random) {
        for (Weights w : new Weights[] {EXAMPLE, SKEWED, random(random, 2, 3, 2)}) {
            Checks.closeArray("hidden(Wxh, Whh, x, h_prev) with " + w.sizes(),
                    reference.hidden(w.wxh(), w.whh(), w.x(), w.hPrev()),
                    student.hidden(Networks.deepCopy(w.wxh()), Networks.deepCopy(w.whh()), w.x().clone(), w.hPrev().clone()),
                    STEP, hiddenHints(w));
        }
    }

    @Test
    @Points(1.5)
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
        // A square, non-symmetric Why on every seed, where Why^T h has the right size but not the right numbers.
        double[] skewedH = reference.hidden(SKEWED.wxh(), SKEWED.whh(), SKEWED.x(), SKEWED.hPrev());
        Checks.closeArray("output(" + show(SKEWED.why()) + ", " + Numbers.show(skewedH) + ")",
                reference.output(SKEWED.why(), skewedH), student.output(Networks.deepCopy(SKEWED.why()), skewedH.clone()),
                STEP, Hint.matches(Numbers.boxed(reference.output(transpose(SKEWED.why()), skewedH)),
                        "that is Why^T h: y[i] is the sum over k of Why[i][k] h[k], row i of Why times h."));
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
        // Round 0 is fixed: the skewed weights from their nonzero h_prev, on every seed.
        for (int round = 0; round < 5; round++) {
            Weights w = round == 0 ? SKEWED : random(random, 2, 3, 2);
            double[][] xs = new double[4][];
            for (int t = 0; t < xs.length; t++) {
                xs[t] = round == 0 ? new double[] {0.3 * t - 0.5, 1 - 0.4 * t} : vector(random, 2, 1.5);
            }
            int hidden = w.hPrev().length;
            double[] h0 = round % 2 == 1 ? new double[hidden] : w.hPrev();
            double[][] expected = reference.hiddenStates(w.wxh(), w.whh(), xs, h0);
            double[][] actual = student.hiddenStates(Networks.deepCopy(w.wxh()), Networks.deepCopy(w.whh()),
                    Networks.deepCopy(xs), h0.clone());
            double[][] fromH0 = new double[4][];
            double[][] shifted = new double[4][];
            for (int t = 0; t < 4; t++) {
                fromH0[t] = reference.hidden(w.wxh(), w.whh(), xs[t], h0);
                shifted[t] = t == 0 ? h0 : expected[t - 1];
            }
            Checks.closeMatrix("hiddenStates(Wxh, Whh, xs, h0) over 4 steps, row t the state after step t + 1",
                    expected, actual, STEP, Hint.matches(Numbers.boxed(Numbers.flatten(fromH0)),
                            "every step starts from h0: feed each step's new state into the next step."),
                    Hint.matches(Numbers.boxed(Numbers.flatten(shifted)), "row t is the state after step t + 1: h0 itself is not a row, "
                            + "and the last step's state is."));
        }
        Weights w = random(random, 2, 3, 2);
        double[][] none = student.hiddenStates(w.wxh(), w.whh(), new double[0][], new double[3]);
        Checks.that(none != null && none.length == 0, "hiddenStates of an empty sequence should have no rows.");
    }

    @Test
    @Points(2)
    @DisplayName("the Jacobian dh/dh_prev = diag(1 - h^2) Whh, for the example, a fixed non-symmetric case and the "
            + "text's sizes")
    void jacobianOfTheStep(RecurrentStep student, RandomGenerator random) {
        // SKEWED decides the transposes and the column scaling on every seed (EXAMPLE's Whh is diagonal).
        for (Weights w : new Weights[] {EXAMPLE, SKEWED, random(random, 2, 3, 2), random(random, 3, 4, 1)}) {
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
                    Hint.matches(Numbers.boxed(Numbers.flatten(w.whh())), "that is Whh alone: multiply row i by tanh'(...) = 1 - h[i]^2."),
                    Hint.matches(Numbers.boxed(Numbers.flatten(transposed)), "that is the transpose: row i, column k is dh[i]/dh_prev[k] "
                            + "= (1 - h[i]^2) Whh[i][k] (rows are outputs, columns inputs)."),
                    Hint.matches(Numbers.boxed(Numbers.flatten(columns)), "scale row i by 1 - h[i]^2, not column k by 1 - h[k]^2: "
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
        // Ragged matrices and a Whh that is not square, each where the rest fits.
        double[][] raggedWxh = {{1, 0}, {0}, {1, 1}};
        double[][] raggedWhh = {{0.5, 0, 0}, {0, 0.5}, {0, 0, 0.5}};
        double[][] tallWhh = {{0.5, 0}, {0, 0.5}, {0.5, 0.5}};
        Checks.refuses("hidden(Wxh ragged, {{1, 0}, {0}, {1, 1}}, Whh 3x3, x of 2, h_prev of 3)",
                IllegalArgumentException.class, () -> student.hidden(raggedWxh, whh, new double[2], new double[3]));
        Checks.refuses("hidden(Wxh 3x2, Whh ragged, {{0.5, 0, 0}, {0, 0.5}, {0, 0, 0.5}}, x of 2, h_prev of 3)",
                IllegalArgumentException.class, () -> student.hidden(wxh, raggedWhh, new double[2], new double[3]));
        Checks.refuses("hidden(Wxh 3x2, Whh 3x2, x of 2, h_prev of 3)", IllegalArgumentException.class,
                () -> student.hidden(wxh, tallWhh, new double[2], new double[3]));
        Checks.refuses("output(Why ragged, {{1, 2}, {1}}, h of 2)", IllegalArgumentException.class,
                () -> student.output(new double[][] {{1, 2}, {1}}, new double[2]));
        Checks.refuses("hiddenJacobian(Wxh 3x2, Whh 3x3, x of 3, h_prev of 3)", IllegalArgumentException.class,
                () -> student.hiddenJacobian(wxh, whh, new double[3], new double[3]));
        Checks.refuses("hiddenJacobian(Wxh 3x2, Whh 3x2, x of 2, h_prev of 3)", IllegalArgumentException.class,
                () -> student.hiddenJacobian(wxh, tallWhh, new double[2], new double[3]));
        Checks.refuses("hiddenStates(Wxh 3x2, Whh 3x3, xs = {x of 2, x of 3}, h0 of 3)", IllegalArgumentException.class,
                () -> student.hiddenStates(wxh, whh, new double[][] {new double[2], new double[3]}, new double[3]));
        Checks.refuses("hiddenStates(Wxh 3x2, Whh 3x3, xs = {x of 2}, h0 of 2)", IllegalArgumentException.class,
                () -> student.hiddenStates(wxh, whh, new double[][] {new double[2]}, new double[2]));
    }

    @Test
    @Points(0.5)
    @Hidden
    @DisplayName("hidden, output, hiddenStates and hiddenJacobian return new arrays, never one they were given or "
            + "one they keep")
    void returnsNewArrays(RecurrentStep student) {
        Weights w = SKEWED;
        double[] x = w.x().clone();
        double[] hPrev = w.hPrev().clone();
        double[][] wxh = Networks.deepCopy(w.wxh());
        double[][] whh = Networks.deepCopy(w.whh());
        double[][] why = Networks.deepCopy(w.why());
        Object[] given = {x, hPrev, wxh[0], wxh[1], whh[0], whh[1], why[0], why[1]};

        double[] h = student.hidden(wxh, whh, x, hPrev);
        notGiven("hidden(Wxh, Whh, x, h_prev)", h, given);
        double[] hKept = h.clone();
        java.util.Arrays.fill(h, 7);
        double[] again = student.hidden(wxh, whh, x, hPrev);
        Checks.that(again != h, "hidden(Wxh, Whh, x, h_prev) returned the same array twice: return a new array.");
        Checks.closeArray("hidden(Wxh, Whh, x, h_prev) again, after the caller overwrote the first answer", hKept,
                again, STEP);

        double[] y = student.output(why, hKept);
        notGiven("output(Why, h)", y, new Object[] {hKept, why[0], why[1], x, hPrev});
        Checks.that(student.output(why, hKept) != y, "output(Why, h) returned the same array twice: return a new array.");

        double[][] states = student.hiddenStates(wxh, whh, new double[][] {x, x.clone()}, hPrev);
        Checks.that(states != null && states.length == 2, "hiddenStates of 2 inputs should have 2 rows.");
        notGiven("hiddenStates(Wxh, Whh, xs, h0), row 0,", states[0], given);
        notGiven("hiddenStates(Wxh, Whh, xs, h0), row 1,", states[1], given);
        Checks.that(states[0] != states[1], "hiddenStates(Wxh, Whh, xs, h0) returned one array as both rows: each "
                + "step's state is a new array.");

        double[][] jacobian = student.hiddenJacobian(wxh, whh, x, hPrev);
        Checks.that(jacobian != null && jacobian.length == 2, "hiddenJacobian should have 2 rows here.");
        Checks.that(jacobian != whh && jacobian != wxh, "hiddenJacobian(Wxh, Whh, x, h_prev) returned Whh itself: "
                + "return a new matrix.");
        for (double[] row : jacobian) {
            notGiven("hiddenJacobian(Wxh, Whh, x, h_prev), a row,", row, given);
        }
        double[][] jacobianAgain = student.hiddenJacobian(wxh, whh, x, hPrev);
        Checks.that(jacobianAgain != jacobian && jacobianAgain[0] != jacobian[0] && jacobianAgain[1] != jacobian[1],
                "hiddenJacobian(Wxh, Whh, x, h_prev) returned the same matrix (or row) twice: return a new matrix.");
    }

    /** The answer is none of the arrays the call was given, so the caller may change either freely. */
    private static void notGiven(String call, double[] answer, Object[] given) {
        Checks.that(answer != null, call + " returned null.");
        for (Object array : given) {
            Checks.that(answer != array, call + " returned an array it was given, " + Numbers.show((double[]) array)
                    + ": return a new array (the caller's arrays are theirs).");
        }
    }

    private static String show(double[][] m) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < m.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Numbers.show(m[i]));
        }
        return text.append('}').toString();
    }
}
