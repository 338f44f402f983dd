package student;

import tangent.exercises.lesson06.ClippingAndPenalties;

/** Lesson 06: gradient clipping and the L1 and L2 penalties. The task is in the Javadoc of ClippingAndPenalties. */
public class MyClippingAndPenalties implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
