package tangent.reference.lesson07;

import java.util.stream.IntStream;
import tangent.exercises.lesson07.SupportVectors;

/** The points whose constraint is active at the reference's maximum-margin line. */
public final class ReferenceSupportVectors implements SupportVectors {

    /** How close to 1 a constraint value must be for its point to lie on the margin. */
    public static final double ON_MARGIN = 1e-6;

    private final ReferenceHardMarginSvm svm = new ReferenceHardMarginSvm();

    @Override
    public int[] supportVectors(double[][] points, int[] labels) {
        double[] line = svm.fit(points, labels);
        return IntStream.range(0, points.length)
                .filter(i -> Math.abs(PointSets.constraintValue(line, points[i], labels[i]) - 1) <= ON_MARGIN)
                .toArray();
    }
}
