package edu.bo.mlcalc;

import java.util.Arrays;

/** Argument checks shared by the solutions; each throws {@link IllegalArgumentException}. */
final class Require {

    private Require() {
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static <T> T present(T value, String name) {
        that(value != null, name + " must not be null");
        return value;
    }

    static double finite(double value, String name) {
        that(Double.isFinite(value), name + " must be finite, was " + value);
        return value;
    }

    static double positive(double value, String name) {
        that(Double.isFinite(value) && value > 0, name + " must be positive and finite, was " + value);
        return value;
    }

    static double nonNegative(double value, String name) {
        that(Double.isFinite(value) && value >= 0, name + " must be non-negative and finite, was " + value);
        return value;
    }

    static int atLeast(int value, int min, String name) {
        that(value >= min, name + " must be at least " + min + ", was " + value);
        return value;
    }

    /** A non-null vector whose entries are all finite; {@code allowEmpty} says whether length 0 is fine. */
    static double[] finiteVector(double[] v, String name, boolean allowEmpty) {
        present(v, name);
        that(allowEmpty || v.length > 0, name + " must not be empty");
        that(Arrays.stream(v).allMatch(Double::isFinite), name + " must have finite entries");
        return v;
    }

    /** An interval [from, to] with finite ends and from &lt; to. */
    static void interval(double from, double to) {
        that(Double.isFinite(from) && Double.isFinite(to) && from < to,
                "need finite from < to, got [" + from + ", " + to + "]");
    }
}
