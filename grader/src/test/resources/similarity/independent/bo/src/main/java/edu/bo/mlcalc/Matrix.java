package edu.bo.mlcalc;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Small static helpers for {@code double[][]} matrices stored as arrays of rows. */
final class Matrix {

    /** Rows and columns of a matrix. */
    record Shape(int rows, int cols) {

        Shape {
            Require.that(rows >= 1 && cols >= 1, "a shape needs at least one row and one column, got "
                    + rows + " x " + cols);
        }

        /** The shape of the valid output when a {@code window}-shaped kernel slides over this one. */
        Shape validOutput(Shape window) {
            Require.that(window.rows <= rows && window.cols <= cols,
                    "a " + window + " window does not fit into " + this);
            return new Shape(rows - window.rows + 1, cols - window.cols + 1);
        }

        int[] toArray() {
            return new int[] {rows, cols};
        }

        @Override
        public String toString() {
            return rows + " x " + cols;
        }
    }

    @FunctionalInterface
    interface Cell {
        double at(int r, int c);
    }

    private Matrix() {
    }

    /** The shape of a non-null, non-empty, rectangular matrix, or an exception. */
    static Shape shapeOf(double[][] m, String name) {
        Require.present(m, name);
        Require.that(m.length > 0 && m[0] != null && m[0].length > 0, name + " must not be empty");
        int cols = m[0].length;
        Require.that(Arrays.stream(m).allMatch(row -> row != null && row.length == cols),
                name + " must be rectangular");
        return new Shape(m.length, cols);
    }

    /** A new matrix of the given shape with entries {@code cell.at(r, c)}. */
    static double[][] build(Shape shape, Cell cell) {
        return IntStream.range(0, shape.rows())
                .mapToObj(r -> IntStream.range(0, shape.cols()).mapToDouble(c -> cell.at(r, c)).toArray())
                .toArray(double[][]::new);
    }

    static double[][] filled(Shape shape, double value) {
        return build(shape, (r, c) -> value);
    }

    /** The kernel turned by 180 degrees. */
    static double[][] rotate180(double[][] k) {
        Shape s = shapeOf(k, "kernel");
        return build(s, (r, c) -> k[s.rows() - 1 - r][s.cols() - 1 - c]);
    }

    /** Valid cross-correlation: out[i][j] = sum over the window of x[i + p][j + q] w[p][q]. */
    static double[][] correlate(double[][] x, double[][] w) {
        Shape window = shapeOf(w, "kernel");
        Shape out = shapeOf(x, "image").validOutput(window);
        return build(out, (i, j) -> sum(window, (p, q) -> x[i + p][j + q] * w[p][q]));
    }

    /** The sum of {@code cell} over every position of the shape. */
    static double sum(Shape shape, Cell cell) {
        return IntStream.range(0, shape.rows())
                .mapToDouble(r -> IntStream.range(0, shape.cols()).mapToDouble(c -> cell.at(r, c)).sum())
                .sum();
    }

    /** Entry-wise a + factor * b, for matrices of one shape. */
    static double[][] plusScaled(double[][] a, double factor, double[][] b) {
        return build(shapeOf(a, "matrix"), (r, c) -> a[r][c] + factor * b[r][c]);
    }

    static double[][] copy(double[][] m) {
        return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }

    /** Indices lo..hi clamped to [0, limit). */
    static IntStream clampedRange(int lo, int hi, int limit) {
        return IntStream.rangeClosed(Math.max(0, lo), Math.min(limit - 1, hi));
    }
}
