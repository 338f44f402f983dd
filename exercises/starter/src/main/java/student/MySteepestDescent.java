package student;

import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.Surface;

/** Lesson 03: steepest descent is minus the gradient. The task is in the Javadoc of SteepestDescent. */
public class MySteepestDescent implements SteepestDescent {

    @Override
    public double[] steepestDescent(Surface f, double x, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] descentPath(Surface f, double x, double y, double rate, int steps) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
