package student;

import tangent.exercises.lesson01.Sigmoid;

/** Lesson 01: the sigmoid and its derivative. The task is in the Javadoc of Sigmoid. */
public class MySigmoid implements Sigmoid {

    @Override
    public double value(double x) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double derivative(double x) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public String derivativeExpression() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
