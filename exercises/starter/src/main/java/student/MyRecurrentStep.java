package student;

import tangent.exercises.lesson05.RecurrentStep;

/** Lesson 05: one step of a recurrent network. The task is in the Javadoc of RecurrentStep. */
public class MyRecurrentStep implements RecurrentStep {

    @Override
    public double[] hidden(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] output(double[][] why, double[] h) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] hiddenStates(double[][] wxh, double[][] whh, double[][] xs, double[] h0) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] hiddenJacobian(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
