package complete.lesson07;

import java.util.stream.IntStream;
import tangent.exercises.lesson07.SupportVectors;

/** Support vectors: constraint value 1 (within 1e-6) at the maximum-margin line. */
public final class MarginPoints implements SupportVectors {

    @Override
    public int[] supportVectors(double[][] points, int[] labels) {
        double[] line = new MaximumMarginLine().fit(points, labels);
        return IntStream.range(0, points.length)
                .filter(i -> Math.abs(labels[i] * (line[0] * points[i][0] + line[1] * points[i][1] + line[2]) - 1) <= 1e-6)
                .toArray();
    }
}
