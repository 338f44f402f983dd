package student;

import tangent.exercises.lesson08.TaylorExp;

/** Lesson 08: Taylor partial sums of e^x. The task is in the Javadoc of TaylorExp. */
public class MyTaylorExp implements TaylorExp {

    @Override
    public double partialSum(double x, int n) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double maxError(int n, double from, double to, int points) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double errorBound(double x, int n) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
