package student;

import tangent.exercises.lesson05.NestedSigmoids;

/** Lesson 05: the chain rule through nested sigmoids. The task is in the Javadoc of NestedSigmoids. */
public class MyNestedSigmoids implements NestedSigmoids {

    @Override
    public double output(double x, double w1, double w2) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double dOutputDw2(double x, double w1, double w2) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double dOutputDw1(double x, double w1, double w2) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String dOutputDw2Expression() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String dOutputDw1Expression() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
