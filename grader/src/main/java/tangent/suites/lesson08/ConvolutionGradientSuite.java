package tangent.suites.lesson08;

import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson08.ConvolutionGradient;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson08.Correlation;
import tangent.reference.lesson08.ReferenceConvolution2d;
import tangent.reference.lesson08.ReferenceConvolutionGradient;

/**
 * Gradients of a valid convolution, checked against central differences of the loss computed here
 * (with the reference's convolution), and gradient descent on a kernel. The losses are linear or
 * quadratic in what is perturbed, so central differences have no truncation error at all: what is
 * left is rounding, about eps |L| / h = 1e-16 * 600 / 1e-3, below 1e-10.
 */
@Grades(ConvolutionGradient.class)
class ConvolutionGradientSuite {

    /** Central differences of linear or quadratic losses: rounding only (see above). */
    private static final Tolerance GRADIENT = Tolerance.of(1e-7, 1e-7);
    /** The step of the central differences. */
    private static final double H = 1e-3;
    /**
     * Gradient descent on a convex quadratic with a stable rate: rounding differences between
     * implementations do not grow, and stay near 1e-13.
     */
    private static final Tolerance DESCENT = Tolerance.of(1e-9, 1e-9);

    private static final double[][] IMAGE = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

    private final ReferenceConvolutionGradient reference = new ReferenceConvolutionGradient();

    @Test
    @Points(2)
    @DisplayName("dL/dK for the sum of the outputs of the task's 3 x 3 image: {{12, 16}, {24, 28}}")
    void kernelGradientOfTheExample(ConvolutionGradient student) {
        double[][] ones = {{1, 1}, {1, 1}};
        double[][] image = Copies.snapshot(IMAGE);
        double[][] upstream = Copies.snapshot(ones);
        String what = "kernelGradient({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, {{1, 1}, {1, 1}})";
        double[][] actual = student.kernelGradient(image, upstream);
        Checks.closeMatrix(what, reference.kernelGradient(IMAGE, ones), actual, GRADIENT);
        unchanged(what, image, IMAGE, upstream, ones);
        Images.checkFresh(what, actual, image, upstream);
        what = "kernelGradientOfSum({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, 2, 2)";
        actual = student.kernelGradientOfSum(image, 2, 2);
        Checks.closeMatrix(what, reference.kernelGradientOfSum(IMAGE, 2, 2), actual, GRADIENT);
        unchanged(what, image, IMAGE);
        Images.checkFresh(what, actual, image);
        // The kernel's shape at its limits, 1 and the image's own size, is allowed.
        for (int[] shape : new int[][] {{1, 3}, {3, 1}, {3, 3}, {1, 1}}) {
            Checks.closeMatrix("kernelGradientOfSum({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, " + shape[0] + ", " + shape[1] + ")",
                    reference.kernelGradientOfSum(IMAGE, shape[0], shape[1]),
                    student.kernelGradientOfSum(Copies.snapshot(IMAGE), shape[0], shape[1]), GRADIENT);
        }
    }

    /** Pairs of (given, original): the method must leave every array it was given exactly as it was. */
    private static void unchanged(String what, double[][]... givenThenOriginal) {
        for (int i = 0; i < givenThenOriginal.length; i += 2) {
            Checks.that(Images.same(givenThenOriginal[i], givenThenOriginal[i + 1]), what + " changed a matrix it was "
                    + "given: " + Images.describe(givenThenOriginal[i + 1], "matrix") + " became "
                    + Images.describe(givenThenOriginal[i], "matrix") + ". Read it, do not change it.");
        }
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("dL/dK agrees with central differences of L = sum of G * Y, for random images, kernels and G")
    void kernelGradientAgainstFiniteDifferences(ConvolutionGradient student, RandomGenerator random) {
        for (int k = 0; k < 6; k++) {
            int h = 3 + random.nextInt(6);
            int w = 3 + random.nextInt(6);
            double[][] image = Images.random(random, h, w);
            double[][] kernel = Images.random(random, 1 + random.nextInt(Math.min(h, 4)), 1 + random.nextInt(Math.min(w, 4)));
            double[][] upstream = Images.random(random, h - kernel.length + 1, w - kernel[0].length + 1);
            double[][] numeric = numericGradient(kk -> weighted(upstream, Correlation.correlate(image, kk)), kernel);
            double[][] givenImage = Copies.snapshot(image);
            double[][] givenUpstream = Copies.snapshot(upstream);
            double[][] actual = student.kernelGradient(givenImage, givenUpstream);
            unchanged("kernelGradient", givenImage, image, givenUpstream, upstream);
            Checks.closeMatrix("kernelGradient(a " + h + " x " + w + " image, a " + Images.shape(upstream) + " G)",
                    numeric, actual, GRADIENT,
                    Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.rotated(numeric))), "this is the gradient rotated by 180 degrees, "
                            + "as for true convolution; the text's convolution uses K[p][q] as it is, so dL/dK[p][q] = "
                            + "sum of G[i][j] X[i + p][j + q]."));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("dL/dK for the sum of the outputs agrees with central differences, for random images and kernel shapes")
    void kernelGradientOfSumAgainstFiniteDifferences(ConvolutionGradient student, RandomGenerator random) {
        for (int k = 0; k < 4; k++) {
            int h = 2 + random.nextInt(7);
            int w = 2 + random.nextInt(7);
            double[][] image = Images.random(random, h, w);
            double[][] kernel = Images.random(random, 1 + random.nextInt(h), 1 + random.nextInt(w));
            double[][] numeric = numericGradient(kk -> sum(Correlation.correlate(image, kk)), kernel);
            double[][] given = Copies.snapshot(image);
            Checks.closeMatrix("kernelGradientOfSum(a " + h + " x " + w + " image, " + kernel.length + ", "
                    + kernel[0].length + ")", numeric,
                    student.kernelGradientOfSum(given, kernel.length, kernel[0].length), GRADIENT);
            unchanged("kernelGradientOfSum", given, image);
        }
    }

    @Test
    @Points(2)
    @DisplayName("dL/dX on the task's examples: K itself for a 1 x 1 G, {{1, 3, 2}, {4, 10, 6}, {3, 7, 4}} for ones")
    void imageGradientOfTheExample(ConvolutionGradient student) {
        double[][] kernel = {{1, 2}, {3, 4}};
        double[][] ones = {{1, 1}, {1, 1}};
        double[][] givenKernel = Copies.snapshot(kernel);
        double[][] one = {{1}};
        double[][] actual = student.imageGradient(givenKernel, one);
        Checks.closeMatrix("imageGradient({{1, 2}, {3, 4}}, {{1}})", reference.imageGradient(kernel, new double[][] {{1}}),
                actual, GRADIENT,
                Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.rotated(kernel))), "the kernel came back rotated: dL/dX[r][c] = sum of "
                        + "G[i][j] K[r - i][c - j], so with a single G entry it is K itself."));
        // Equal to K, but a new array: handing K back would let the caller's later changes reach it.
        Images.checkFresh("imageGradient({{1, 2}, {3, 4}}, {{1}})", actual, givenKernel, one);
        unchanged("imageGradient({{1, 2}, {3, 4}}, {{1}})", givenKernel, kernel, one, new double[][] {{1}});
        Checks.closeMatrix("imageGradient({{1, 2}, {3, 4}}, {{1, 1}, {1, 1}})", reference.imageGradient(kernel, ones),
                student.imageGradient(Copies.snapshot(kernel), Copies.snapshot(ones)), GRADIENT);
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("dL/dX agrees with central differences of L = sum of G * Y over every pixel, for random kernels and G")
    void imageGradientAgainstFiniteDifferences(ConvolutionGradient student, RandomGenerator random) {
        for (int k = 0; k < 5; k++) {
            int h = 3 + random.nextInt(6);
            int w = 3 + random.nextInt(6);
            double[][] image = Images.random(random, h, w);
            double[][] kernel = Images.random(random, 1 + random.nextInt(Math.min(h, 4)), 1 + random.nextInt(Math.min(w, 4)));
            double[][] upstream = Images.random(random, h - kernel.length + 1, w - kernel[0].length + 1);
            double[][] numeric = numericGradient(x -> weighted(upstream, Correlation.correlate(x, kernel)), image);
            double[][] givenKernel = Copies.snapshot(kernel);
            double[][] givenUpstream = Copies.snapshot(upstream);
            double[][] actual = student.imageGradient(givenKernel, givenUpstream);
            unchanged("imageGradient", givenKernel, kernel, givenUpstream, upstream);
            Checks.closeMatrix("imageGradient(a " + Images.shape(kernel) + " kernel, a " + Images.shape(upstream)
                    + " G)", numeric, actual, GRADIENT,
                    Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.spreadBack(Correlation.rotated(kernel), upstream))), "the kernel is "
                            + "rotated: each G[i][j] goes back to pixel X[i + p][j + q] with weight K[p][q]."));
        }
    }

    @Test
    @Points(1)
    @DisplayName("gradient descent on the task's example: one step gives 0.6, 100 steps give 2")
    void fitKernelOfTheExample(ConvolutionGradient student) {
        double[][] x = {{1, 2}, {3, 4}};
        double[][] t = {{2, 4}, {6, 8}};
        // A rate of 0 is allowed (non-negative) and leaves the kernel; a kernel as large as the image fits.
        Checks.closeMatrix("fitKernel({{1, 2}, {3, 4}}, {{2, 4}, {6, 8}}, {{0.5}}, 0, 3)", new double[][] {{0.5}},
                student.fitKernel(Copies.snapshot(x), Copies.snapshot(t), new double[][] {{0.5}}, 0, 3), DESCENT);
        Checks.closeMatrix("fitKernel({{1, 2}, {3, 4}}, {{30}}, {{0, 0}, {0, 0}}, 0.01, 1)",
                reference.fitKernel(x, new double[][] {{30}}, new double[][] {{0, 0}, {0, 0}}, 0.01, 1),
                student.fitKernel(Copies.snapshot(x), new double[][] {{30}}, new double[][] {{0, 0}, {0, 0}}, 0.01, 1),
                DESCENT);
        for (int steps : new int[] {1, 100}) {
            Checks.closeMatrix("fitKernel({{1, 2}, {3, 4}}, {{2, 4}, {6, 8}}, {{0}}, 0.01, " + steps + ")",
                    reference.fitKernel(x, t, new double[][] {{0}}, 0.01, steps),
                    student.fitKernel(Copies.snapshot(x), Copies.snapshot(t), new double[][] {{0}}, 0.01, steps), DESCENT,
                    Hint.factor(2, "the step is twice too large: with L = 1/2 sum (Y - T)^2, dL/dY = Y - T, without "
                            + "a factor 2."),
                    Hint.signFlip());
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("gradient descent: one step follows the finite-difference gradient, and many steps learn the Sobel kernel")
    void fitKernelLearnsSobel(ConvolutionGradient student, RandomGenerator random) {
        double[][] image = Images.random(random, 8, 8);
        double[][] target = new ReferenceConvolution2d().sobelX(image);
        double[][] start = Images.random(random, 3, 3);
        double rate = 0.02;
        double[][] gradient = numericGradient(k -> squaredLoss(image, k, target), start);
        double[][] oneStep = new double[3][3];
        double[][] uphill = new double[3][3];
        double[][] doubled = new double[3][3];
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                oneStep[p][q] = start[p][q] - rate * gradient[p][q];
                uphill[p][q] = start[p][q] + rate * gradient[p][q];
                doubled[p][q] = start[p][q] - 2 * rate * gradient[p][q];
            }
        }
        double[][] givenStart = Copies.snapshot(start);
        double[][] givenImage = Copies.snapshot(image);
        double[][] givenTarget = Copies.snapshot(target);
        Checks.closeMatrix("fitKernel(image, sobelX(image), start, 0.02, 1)", oneStep,
                student.fitKernel(givenImage, givenTarget, givenStart, rate, 1), GRADIENT,
                Hint.matches(Numbers.boxed(Numbers.flatten(uphill)), "the step goes uphill: K = K - rate dL/dK."),
                Hint.matches(Numbers.boxed(Numbers.flatten(doubled)), "the step is twice too large: with L = 1/2 sum (Y - T)^2, "
                        + "dL/dY = Y - T, without a factor 2."),
                Hint.matches(Numbers.boxed(Numbers.flatten(start)), "the kernel did not move: apply the update K = K - rate dL/dK."));
        Checks.that(Images.same(start, givenStart), "fitKernel changed the initial kernel it was given: copy it first.");
        unchanged("fitKernel(image, sobelX(image), start, 0.02, 1)", givenImage, image, givenTarget, target);
        for (int steps : new int[] {0, 3, 40}) {
            String what = "fitKernel(image, sobelX(image), start, 0.02, " + steps + ")";
            double[][] initial = Copies.snapshot(start);
            double[][] learnt = student.fitKernel(Copies.snapshot(image), Copies.snapshot(target), initial, rate, steps);
            Checks.closeMatrix(what, reference.fitKernel(image, target, start, rate, steps), learnt, DESCENT);
            // Zero steps leave the kernel's values, but the result is still a new array (rows included).
            Images.checkFresh(what, learnt, initial);
        }
        Checks.closeMatrix("fitKernel(image, sobelX(image), start, 0.02, 2000), which should be the Sobel kernel",
                ReferenceConvolution2d.SOBEL_X,
                student.fitKernel(Copies.snapshot(image), Copies.snapshot(target), Copies.snapshot(start), rate, 2000),
                Tolerance.of(1e-6, 0));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("shapes that do not fit, a negative rate or step count, and ragged matrices are refused")
    void refusals(ConvolutionGradient student) {
        double[][] x = {{1, 2, 3}, {4, 5, 6}};
        Checks.refuses("kernelGradient(2 x 3 image, 3 x 1 G)", IllegalArgumentException.class,
                () -> student.kernelGradient(x, new double[][] {{1}, {1}, {1}}));
        Checks.refuses("kernelGradientOfSum(2 x 3 image, 3, 1)", IllegalArgumentException.class,
                () -> student.kernelGradientOfSum(x, 3, 1));
        Checks.refuses("kernelGradientOfSum(2 x 3 image, 1, 0)", IllegalArgumentException.class,
                () -> student.kernelGradientOfSum(x, 1, 0));
        Checks.refuses("imageGradient({{1, 2}, {3}}, {{1}})", IllegalArgumentException.class,
                () -> student.imageGradient(new double[][] {{1, 2}, {3}}, new double[][] {{1}}));
        Checks.refuses("fitKernel(2 x 3 image, a 1 x 1 target, a 2 x 2 kernel, 0.1, 1)", IllegalArgumentException.class,
                () -> student.fitKernel(x, new double[][] {{1}}, new double[][] {{0, 0}, {0, 0}}, 0.1, 1));
        Checks.refuses("fitKernel(..., rate -0.1, 1)", IllegalArgumentException.class,
                () -> student.fitKernel(x, new double[][] {{1, 1}}, new double[][] {{0, 0}, {0, 0}}, -0.1, 1));
        Checks.refuses("fitKernel(..., rate 0.1, -1 steps)", IllegalArgumentException.class,
                () -> student.fitKernel(x, new double[][] {{1, 1}}, new double[][] {{0, 0}, {0, 0}}, 0.1, -1));
        // Every method, every matrix, and the rate's "finite".
        for (double rate : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("fitKernel(..., rate " + rate + ", 1)", IllegalArgumentException.class,
                    () -> student.fitKernel(x, new double[][] {{1, 1}}, new double[][] {{0, 0}, {0, 0}}, rate, 1));
        }
        Checks.refuses("fitKernel(2 x 3 image, a 1 x 2 target, a 2 x 1 kernel, 0.1, 1)", IllegalArgumentException.class,
                () -> student.fitKernel(x, new double[][] {{1, 1}}, new double[][] {{0}, {0}}, 0.1, 1));
        Checks.refuses("fitKernel(null, {{1, 1}}, a 2 x 2 kernel, 0.1, 1)", IllegalArgumentException.class,
                () -> student.fitKernel(null, new double[][] {{1, 1}}, new double[][] {{0, 0}, {0, 0}}, 0.1, 1));
        Checks.refuses("fitKernel(2 x 3 image, null, a 2 x 2 kernel, 0.1, 1)", IllegalArgumentException.class,
                () -> student.fitKernel(x, null, new double[][] {{0, 0}, {0, 0}}, 0.1, 1));
        Checks.refuses("fitKernel(2 x 3 image, {{1, 1}}, {{0, 0}, {0}}, 0.1, 1)", IllegalArgumentException.class,
                () -> student.fitKernel(x, new double[][] {{1, 1}}, new double[][] {{0, 0}, {0}}, 0.1, 1));
        Checks.refuses("kernelGradient(null, {{1}})", IllegalArgumentException.class,
                () -> student.kernelGradient(null, new double[][] {{1}}));
        Checks.refuses("kernelGradient(2 x 3 image, {{1, 1}, {1}})", IllegalArgumentException.class,
                () -> student.kernelGradient(x, new double[][] {{1, 1}, {1}}));
        Checks.refuses("kernelGradient(2 x 3 image, 1 x 4 G)", IllegalArgumentException.class,
                () -> student.kernelGradient(x, new double[][] {{1, 1, 1, 1}}));
        Checks.refuses("kernelGradientOfSum(null, 1, 1)", IllegalArgumentException.class,
                () -> student.kernelGradientOfSum(null, 1, 1));
        Checks.refuses("kernelGradientOfSum(2 x 3 image, 0, 1)", IllegalArgumentException.class,
                () -> student.kernelGradientOfSum(x, 0, 1));
        Checks.refuses("kernelGradientOfSum(2 x 3 image, 4, 1)", IllegalArgumentException.class,
                () -> student.kernelGradientOfSum(x, 4, 1));
        Checks.refuses("kernelGradientOfSum(2 x 3 image, 1, 5)", IllegalArgumentException.class,
                () -> student.kernelGradientOfSum(x, 1, 5));
        Checks.refuses("imageGradient({{1}}, null)", IllegalArgumentException.class,
                () -> student.imageGradient(new double[][] {{1}}, null));
        Checks.refuses("imageGradient({{1}}, {{1, 2}, {3}})", IllegalArgumentException.class,
                () -> student.imageGradient(new double[][] {{1}}, new double[][] {{1, 2}, {3}}));
        Checks.refuses("imageGradient({}, {{1}})", IllegalArgumentException.class,
                () -> student.imageGradient(new double[0][], new double[][] {{1}}));
    }

    // ---- finite differences ------------------------------------------------------------------

    /** Central differences of a scalar function of a matrix, entry by entry, with step H. */
    private static double[][] numericGradient(ToDoubleFunction<double[][]> loss, double[][] at) {
        double[][] gradient = new double[at.length][at[0].length];
        for (int r = 0; r < at.length; r++) {
            for (int c = 0; c < at[0].length; c++) {
                double[][] plus = Copies.snapshot(at);
                double[][] minus = Copies.snapshot(at);
                plus[r][c] += H;
                minus[r][c] -= H;
                gradient[r][c] = (loss.applyAsDouble(plus) - loss.applyAsDouble(minus)) / (2 * H);
            }
        }
        return gradient;
    }

    /** sum of G[i][j] Y[i][j]: the loss whose gradient with respect to Y is G. */
    private static double weighted(double[][] g, double[][] y) {
        double total = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                total += g[i][j] * y[i][j];
            }
        }
        return total;
    }

    private static double sum(double[][] y) {
        double total = 0;
        for (double[] row : y) {
            for (double v : row) {
                total += v;
            }
        }
        return total;
    }

    /** L = 1/2 sum of (Y - T)^2 with Y = correlate(X, K). */
    private static double squaredLoss(double[][] image, double[][] kernel, double[][] target) {
        double[][] y = Correlation.correlate(image, kernel);
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                double d = y[i][j] - target[i][j];
                total += d * d / 2;
            }
        }
        return total;
    }
}
