package student;

import tangent.exercises.lesson07.HardMarginSvm;

/** Lesson 07: the maximum-margin line. The task is in the Javadoc of HardMarginSvm. */
public class MyHardMarginSvm implements HardMarginSvm {

    @Override
    public double[] fit(double[][] points, int[] labels) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
