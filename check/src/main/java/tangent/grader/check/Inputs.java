package tangent.grader.check;

import java.util.random.RandomGenerator;

/** Random inputs for checks, drawn from the test's seeded generator, so every seed reproduces them. */
public final class Inputs {

    private Inputs() {
    }

    /** {@code count} points drawn uniformly from [low, high), in draw order. */
    public static double[] uniform(RandomGenerator random, int count, double low, double high) {
        double[] xs = new double[count];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = low + (high - low) * random.nextDouble();
        }
        return xs;
    }
}
