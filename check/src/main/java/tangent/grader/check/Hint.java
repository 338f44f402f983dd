package tangent.grader.check;

import java.util.List;
import java.util.Optional;

/**
 * An explanation of a wrong answer, offered only when the numbers fit it. A hint looks at every
 * (expected, actual) pair a check compared, so "you are off by a factor 2" is only said when it
 * holds at every point.
 */
@FunctionalInterface
public interface Hint {

    /** The explanation, if this mistake explains all the pairs. */
    Optional<String> explain(List<Pair> pairs);

    /**
     * One compared value.
     *
     * @param x        where it was compared, NaN when it is not a function's value
     * @param expected the right value
     * @param actual   the submission's value
     */
    record Pair(double x, double expected, double actual) {

        /** A value that is not a function's value at a point. */
        public static Pair of(double expected, double actual) {
            return new Pair(Double.NaN, expected, actual);
        }
    }

    /** The answer is the expected one with its sign flipped. */
    static Hint signFlip() {
        return factor(-1, "your answer has the opposite sign of the expected one everywhere: check a minus sign.");
    }

    /** The answer is the expected one times a constant factor, wherever that tells anything. */
    static Hint factor(double factor, String explanation) {
        return pairs -> fitsEveryPair(pairs, p -> close(p.actual(), factor * p.expected()), p -> p.expected() != 0)
                ? Optional.of(explanation)
                : Optional.empty();
    }

    /**
     * The answer equals, value by value, what a known-wrong computation gives, and differs from
     * the right answer somewhere. Values where the mistake happens to give the right answer (a
     * zero entry, a start point) do not hide the hint.
     */
    static Hint matches(List<Double> wrongValues, String explanation) {
        return pairs -> {
            if (pairs.size() != wrongValues.size()) {
                return Optional.empty();
            }
            boolean telling = false;
            for (int i = 0; i < pairs.size(); i++) {
                Pair p = pairs.get(i);
                if (!close(p.actual(), wrongValues.get(i))) {
                    return Optional.empty();
                }
                telling |= !close(p.actual(), p.expected());
            }
            return telling ? Optional.of(explanation) : Optional.empty();
        };
    }

    /** {@link #matches(List, String)} for an array of wrong values. */
    static Hint matches(double[] wrongValues, String explanation) {
        return matches(Numbers.boxed(wrongValues), explanation);
    }

    /** {@link #matches(List, String)} for a matrix of wrong values, compared entry by entry in row order. */
    static Hint matches(double[][] wrongValues, String explanation) {
        return matches(Numbers.flatten(wrongValues), explanation);
    }

    /** A hint offered when a condition on all the compared pairs holds. */
    static Hint when(java.util.function.Predicate<List<Pair>> condition, String explanation) {
        return pairs -> condition.test(pairs) ? Optional.of(explanation) : Optional.empty();
    }

    /**
     * The answer is, at every compared point, what a known-wrong formula gives there. Only for
     * checks of functions at points.
     */
    static Hint whenAnswerIs(java.util.function.DoubleUnaryOperator wrong, String explanation) {
        return pairs -> fitsEveryPair(pairs, p -> !Double.isNaN(p.x()) && close(p.actual(), wrong.applyAsDouble(p.x())),
                p -> !close(p.actual(), p.expected()))
                ? Optional.of(explanation)
                : Optional.empty();
    }

    /**
     * Whether a mistake explains the answer: it fits every pair, and at least one pair is telling
     * (a wrong value, or one where the mistake and the right answer differ).
     */
    private static boolean fitsEveryPair(List<Pair> pairs, java.util.function.Predicate<Pair> fits,
            java.util.function.Predicate<Pair> telling) {
        return pairs.stream().allMatch(fits) && pairs.stream().anyMatch(telling);
    }

    /** Whether a value is what a hint expects: within 1e-9 + 1e-6 |b|, the closeness every hint uses. */
    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
    }
}
