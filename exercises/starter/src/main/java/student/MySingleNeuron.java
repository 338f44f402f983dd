package student;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.SingleNeuron;

/** Lesson 05: one neuron, the chain rule to the weight and the bias. The task is in the Javadoc of SingleNeuron. */
public class MySingleNeuron implements SingleNeuron {

    @Override
    public double activity(Activation sigma, double a0, double w, double b) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double cost(Activation sigma, double a0, double w, double b, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double dCostDw(Activation sigma, double a0, double w, double b, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double dCostDb(Activation sigma, double a0, double w, double b, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double dCostDa0(Activation sigma, double a0, double w, double b, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
