package student;

import tangent.exercises.lesson07.SvmLagrangian;

/** Lesson 07: the Lagrangian of the hard-margin problem. The task is in the Javadoc of SvmLagrangian. */
public class MySvmLagrangian implements SvmLagrangian {

    @Override
    public String lagrangian(double[][] points, int[] labels) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String[] partialDerivatives(double[][] points, int[] labels) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] stationaryPoint(double[][] points, int[] labels, int[] active) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
