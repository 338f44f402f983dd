package tangent.suites.lesson08;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson08.Convolution2d;
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

/**
 * The text's valid convolution (cross-correlation, kernel not rotated), true convolution, the
 * output's shape and the Sobel example. Hints tell a rotated kernel from an unrotated one.
 */
@Grades(Convolution2d.class)
class Convolution2dSuite {

    /** Sums of at most 64 products of numbers below 2 in another order: rounding near 1e-14. */
    static final Tolerance ENTRY = Tolerance.of(1e-10, 1e-10);

    /** The Sobel kernel rotated by 180 degrees is its own negative. */
    private static final Hint ROTATED_SOBEL = Hint.factor(-1, "every entry has the opposite sign. Rotating the Sobel "
            + "kernel by 180 degrees negates it: the text's convolve2d does not rotate the kernel (that would be true "
            + "convolution); use K[p][q] as it is.");
    private static final Hint UNROTATED_SOBEL = Hint.factor(-1, "every entry has the opposite sign: true convolution "
            + "rotates the kernel by 180 degrees, which negates the Sobel kernel; use K[kh - 1 - p][kw - 1 - q].");

    private final ReferenceConvolution2d reference = new ReferenceConvolution2d();

    /** A 3 x 4 image whose entries all differ, so that every wrong order of kernel entries shows. */
    private static final double[][] COUNTING = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    /** Kernels without symmetry: rotating, or reversing only rows or only columns, changes each. */
    private static final double[][][] ASYMMETRIC_KERNELS = {{{1, 2}, {3, 4}}, {{1, 0, -2}, {0, 3, 0}}, {{2}, {-1}, {0.5}}};

    /** The task's 5 x 6 image: every row 0, 0, 0, 1, 1, 1. */
    private static double[][] edge() {
        double[][] image = new double[5][];
        for (int r = 0; r < image.length; r++) {
            image[r] = new double[] {0, 0, 0, 1, 1, 1};
        }
        return image;
    }

    @Test
    @Points(1)
    @DisplayName("output shape of the text's example: a 10 x 10 image and a 3 x 3 kernel give 8 x 8")
    void outputShapeOfTheText(Convolution2d student) {
        checkShape(student, 10, 10, 3, 3);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("output shapes for other sizes, and kernels that do not fit are refused")
    void outputShapesElsewhere(Convolution2d student, RandomGenerator random) {
        for (int k = 0; k < 8; k++) {
            int h = 1 + random.nextInt(30);
            int w = 1 + random.nextInt(30);
            checkShape(student, h, w, 1 + random.nextInt(h), 1 + random.nextInt(w));
        }
        checkShape(student, 4, 7, 4, 7);
        // Sizes of 1 at every place, where < 1 and <= 1 part.
        checkShape(student, 1, 1, 1, 1);
        checkShape(student, 1, 5, 1, 3);
        checkShape(student, 5, 1, 2, 1);
        Checks.refuses("outputShape(3, 3, 0, 1)", IllegalArgumentException.class, () -> student.outputShape(3, 3, 0, 1));
        Checks.refuses("outputShape(3, 3, 1, 4)", IllegalArgumentException.class, () -> student.outputShape(3, 3, 1, 4));
        Checks.refuses("outputShape(3, -1, 1, 1)", IllegalArgumentException.class, () -> student.outputShape(3, -1, 1, 1));
        Checks.refuses("outputShape(3, 3, 4, 1)", IllegalArgumentException.class, () -> student.outputShape(3, 3, 4, 1));
        Checks.refuses("outputShape(3, 3, 1, 0)", IllegalArgumentException.class, () -> student.outputShape(3, 3, 1, 0));
        Checks.refuses("outputShape(0, 3, 1, 1)", IllegalArgumentException.class, () -> student.outputShape(0, 3, 1, 1));
    }

    @Test
    @Points(2)
    @DisplayName("the Sobel kernel on a vertical edge: every row of the 3 x 4 output is 0, -4, -4, 0")
    void sobelOnAnEdge(Convolution2d student) {
        checkOutput("sobelX(edge)", reference.sobelX(edge()), student.sobelX(edge()), 3, 3, ROTATED_SOBEL);
    }

    @Test
    @Points(2)
    @DisplayName("convolve a random 10 x 10 image with the Sobel kernel, as the text does")
    void sobelOnARandomImage(Convolution2d student, RandomGenerator random) {
        double[][] image = Images.random(random, 10, 10);
        double[][] sobel = Copies.snapshot(ReferenceConvolution2d.SOBEL_X);
        double[][] given = Copies.snapshot(image);
        checkOutput("convolve(image, sobel)", reference.convolve(image, sobel), student.convolve(given, sobel), 3, 3,
                ROTATED_SOBEL);
        Checks.that(Images.same(image, given) && Images.same(ReferenceConvolution2d.SOBEL_X, sobel),
                "convolve(image, sobel) changed the image or the kernel it was given: leave them as they are.");
        checkOutput("sobelX(image)", reference.sobelX(image), student.sobelX(given), 3, 3, ROTATED_SOBEL);
        Checks.that(Images.same(image, given), "sobelX(image) changed the image it was given: leave it as it is.");
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("convolve random images with random kernels, from 1 x 1 to the image's own size")
    void convolveElsewhere(Convolution2d student, RandomGenerator random) {
        // Fixed first: kernels with no symmetry, so that a rotated kernel, reversed rows or reversed
        // columns fail on every seed (the Sobel kernel hides reversed rows).
        for (double[][] kernel : ASYMMETRIC_KERNELS) {
            checkConvolve(student, Copies.snapshot(COUNTING), kernel);
        }
        for (int k = 0; k < 8; k++) {
            int h = 1 + random.nextInt(9);
            int w = 1 + random.nextInt(9);
            int kh = k == 0 ? h : 1 + random.nextInt(h);
            int kw = k == 0 ? w : 1 + random.nextInt(w);
            checkConvolve(student, Images.random(random, h, w), Images.random(random, kh, kw));
        }
    }

    private void checkConvolve(Convolution2d student, double[][] image, double[][] kernel) {
        int kh = kernel.length;
        int kw = kernel[0].length;
        double[][] givenImage = Copies.snapshot(image);
        double[][] givenKernel = Copies.snapshot(kernel);
        String what = "convolve(" + Images.describe(image, "image") + ", " + Images.describe(kernel, "kernel") + ")";
        double[][] actual = student.convolve(givenImage, givenKernel);
        checkOutput(what, reference.convolve(image, kernel), actual, kh, kw,
                Hint.matches(Numbers.boxed(Numbers.flatten(reference.trueConvolve(image, kernel))), "this is true convolution, with "
                        + "the kernel rotated by 180 degrees; the text's convolve2d (and ML libraries) use K[p][q] "
                        + "as it is: Y[i][j] = sum of X[i + p][j + q] K[p][q]."),
                Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.correlate(image, flipRows(kernel)))), "the kernel's rows are "
                        + "upside down: use K[p][q] as it is."),
                Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.correlate(image, flipColumns(kernel)))), "the kernel's columns "
                        + "are reversed: use K[p][q] as it is."));
        Checks.that(Images.same(image, givenImage) && Images.same(kernel, givenKernel),
                what + " changed the image or the kernel it was given: leave them as they are.");
        Images.checkFresh(what, actual, givenImage, givenKernel);
        Images.checkNotShared(what, actual, student.convolve(Copies.snapshot(image), Copies.snapshot(kernel)));
    }

    @Test
    @Points(1)
    @DisplayName("true convolution rotates the kernel: Sobel on the vertical edge gives rows 0, 4, 4, 0")
    void trueConvolveOnAnEdge(Convolution2d student) {
        checkOutput("trueConvolve(edge, sobel)", reference.trueConvolve(edge(), ReferenceConvolution2d.SOBEL_X),
                student.trueConvolve(edge(), Copies.snapshot(ReferenceConvolution2d.SOBEL_X)), 3, 3, UNROTATED_SOBEL);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("true convolution of random images with random kernels")
    void trueConvolveElsewhere(Convolution2d student, RandomGenerator random) {
        // Fixed first: kernels with no symmetry, so that an unrotated kernel, or rows or columns
        // reversed alone, fail on every seed (on the Sobel kernel reversed columns look rotated).
        for (double[][] kernel : ASYMMETRIC_KERNELS) {
            checkTrueConvolve(student, Copies.snapshot(COUNTING), kernel);
        }
        for (int k = 0; k < 6; k++) {
            int h = 2 + random.nextInt(8);
            int w = 2 + random.nextInt(8);
            int kh = 2 + random.nextInt(h - 1);
            int kw = 2 + random.nextInt(w - 1);
            checkTrueConvolve(student, Images.random(random, h, w), Images.random(random, kh, kw));
        }
    }

    private void checkTrueConvolve(Convolution2d student, double[][] image, double[][] kernel) {
        double[][] givenImage = Copies.snapshot(image);
        double[][] givenKernel = Copies.snapshot(kernel);
        String what = "trueConvolve(" + Images.describe(image, "image") + ", " + Images.describe(kernel, "kernel") + ")";
        double[][] actual = student.trueConvolve(givenImage, givenKernel);
        checkOutput(what, reference.trueConvolve(image, kernel), actual, kernel.length, kernel[0].length,
                Hint.matches(Numbers.boxed(Numbers.flatten(reference.convolve(image, kernel))), "the kernel is not rotated: true "
                        + "convolution uses K[kh - 1 - p][kw - 1 - q] in place of K[p][q]."),
                Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.correlate(image, flipRows(kernel)))), "only the rows are "
                        + "reversed: rotating by 180 degrees reverses rows and columns."),
                Hint.matches(Numbers.boxed(Numbers.flatten(Correlation.correlate(image, flipColumns(kernel)))), "only the columns are "
                        + "reversed: rotating by 180 degrees reverses rows and columns."));
        // Rotating the kernel in place is the way to get this wrong.
        Checks.that(Images.same(image, givenImage) && Images.same(kernel, givenKernel),
                what + " changed the image or the kernel it was given (rotated it in place?): work on a copy.");
        Images.checkFresh(what, actual, givenImage, givenKernel);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("null, empty and ragged matrices, and kernels larger than the image, are refused")
    void refusals(Convolution2d student) {
        double[][] image = {{1, 2, 3}, {4, 5, 6}};
        Checks.refuses("convolve(2 x 3 image, 3 x 1 kernel)", IllegalArgumentException.class,
                () -> student.convolve(image, new double[][] {{1}, {2}, {3}}));
        Checks.refuses("convolve(2 x 3 image, 1 x 4 kernel)", IllegalArgumentException.class,
                () -> student.convolve(image, new double[][] {{1, 2, 3, 4}}));
        Checks.refuses("convolve(null, kernel)", IllegalArgumentException.class,
                () -> student.convolve(null, new double[][] {{1}}));
        Checks.refuses("convolve(image, {})", IllegalArgumentException.class, () -> student.convolve(image, new double[0][]));
        Checks.refuses("convolve({{1, 2}, {3}}, {{1}})", IllegalArgumentException.class,
                () -> student.convolve(new double[][] {{1, 2}, {3}}, new double[][] {{1}}));
        Checks.refuses("trueConvolve(image, {{}})", IllegalArgumentException.class,
                () -> student.trueConvolve(image, new double[][] {{}}));
        Checks.refuses("sobelX(2 x 3 image)", IllegalArgumentException.class, () -> student.sobelX(image));
        // Every method refuses every malformed matrix, the kernel's and the image's.
        Checks.refuses("convolve({{1, 2}, null}, {{1}})", IllegalArgumentException.class,
                () -> student.convolve(new double[][] {{1, 2}, null}, new double[][] {{1}}));
        Checks.refuses("convolve(image, {{1, 2}, {3}})", IllegalArgumentException.class,
                () -> student.convolve(image, new double[][] {{1, 2}, {3}}));
        Checks.refuses("trueConvolve(2 x 3 image, 3 x 1 kernel)", IllegalArgumentException.class,
                () -> student.trueConvolve(image, new double[][] {{1}, {2}, {3}}));
        Checks.refuses("trueConvolve(2 x 3 image, 1 x 4 kernel)", IllegalArgumentException.class,
                () -> student.trueConvolve(image, new double[][] {{1, 2, 3, 4}}));
        Checks.refuses("trueConvolve(null, {{1}})", IllegalArgumentException.class,
                () -> student.trueConvolve(null, new double[][] {{1}}));
        Checks.refuses("trueConvolve(image, null)", IllegalArgumentException.class, () -> student.trueConvolve(image, null));
        Checks.refuses("trueConvolve({{1, 2}, {3}}, {{1}})", IllegalArgumentException.class,
                () -> student.trueConvolve(new double[][] {{1, 2}, {3}}, new double[][] {{1}}));
        Checks.refuses("trueConvolve(image, {{1, 2}, {3}})", IllegalArgumentException.class,
                () -> student.trueConvolve(image, new double[][] {{1, 2}, {3}}));
        Checks.refuses("sobelX(null)", IllegalArgumentException.class, () -> student.sobelX(null));
        Checks.refuses("sobelX(a ragged 3-row image)", IllegalArgumentException.class,
                () -> student.sobelX(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8}}));
        Checks.refuses("sobelX({})", IllegalArgumentException.class, () -> student.sobelX(new double[0][]));
    }

    // ---- shared checks ---------------------------------------------------------------------

    private void checkShape(Convolution2d student, int h, int w, int kh, int kw) {
        int[] expected = reference.outputShape(h, w, kh, kw);
        int[] actual = student.outputShape(h, w, kh, kw);
        String what = "outputShape(" + h + ", " + w + ", " + kh + ", " + kw + ")";
        Checks.that(actual != null && actual.length == 2, what + ": expected {rows, columns}, got "
                + java.util.Arrays.toString(actual) + ".");
        String hint = actual[0] == expected[0] - 1 && actual[1] == expected[1] - 1
                ? " Hint: the kernel fits in H - kh + 1 positions down and W - kw + 1 across (a 3-wide kernel fits "
                        + "8 times in 10)."
                : actual[0] == h && actual[1] == w ? " Hint: a valid convolution keeps only positions where the "
                        + "kernel fits entirely; the output is smaller than the image." : "";
        Checks.that(actual[0] == expected[0] && actual[1] == expected[1], what + ": expected {" + expected[0] + ", "
                + expected[1] + "}, got {" + actual[0] + ", " + actual[1] + "}." + hint);
    }

    static void checkOutput(String what, double[][] expected, double[][] actual, int kh, int kw, Hint... hints) {
        Images.checkShape(what, expected.length, expected[0].length, actual, kh, kw);
        Checks.closeMatrix(what, expected, actual, ENTRY, hints);
    }

    private static double[][] flipRows(double[][] k) {
        double[][] out = new double[k.length][];
        for (int p = 0; p < k.length; p++) {
            out[p] = k[k.length - 1 - p].clone();
        }
        return out;
    }

    private static double[][] flipColumns(double[][] k) {
        double[][] out = new double[k.length][k[0].length];
        for (int p = 0; p < k.length; p++) {
            for (int q = 0; q < k[0].length; q++) {
                out[p][q] = k[p][k[0].length - 1 - q];
            }
        }
        return out;
    }
}
